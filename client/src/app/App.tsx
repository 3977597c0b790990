// Signed in or not: the login screen, or the workspace for the account `me` returns.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeQuery } from '../api/__generated__/operations.ts';
import { api } from './api.ts';
import { Login } from './Login.tsx';
import SESSION from './session.graphql?raw';
import { Shell } from './Shell.tsx';
import { useWorkspace } from './store.ts';

export function App(): ReactNode {
  const { t } = useTranslation();
  const user = useWorkspace((s) => s.user);
  const setUser = useWorkspace((s) => s.setUser);
  const [checking, setChecking] = useState(!!api.token);
  useEffect(() => {
    if (!api.token) return;
    api
      .request<MeQuery>(SESSION, {}, 'Me')
      .then((d) => setUser(d.me))
      .catch(() => api.setToken(null))
      .finally(() => setChecking(false));
  }, [setUser]);
  if (checking) return <p className="loading">{t('app.loading')}</p>;
  if (!user) return <Login onDone={setUser} />;
  return <Shell key={user.id} onSignOut={() => setUser(null)} />;
}
