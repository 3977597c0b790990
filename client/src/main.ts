// The investigation client: sign in, then the workspace.
import './styles.css';
import { Api } from './api/client.ts';
import { me } from './api/investigation.ts';
import { loginScreen } from './ui/login.ts';
import { startWorkspace } from './ui/workspace.ts';

const root = document.getElementById('app')!;
const api = new Api();

function signIn(): void {
  loginScreen(root, api, (user) => startWorkspace(root, api, user, signIn));
}

if (api.token) {
  me(api)
    .then((user) => startWorkspace(root, api, user, signIn))
    .catch(() => {
      api.setToken(null);
      signIn();
    });
} else signIn();
