// The sign-in screen. Demo accounts: admin, analyst, detective, commander.
import type { Api } from '../api/client.ts';
import { login, type Session } from '../api/investigation.ts';
import { h, showError } from './dom.ts';

export function loginScreen(root: HTMLElement, api: Api, onDone: (s: Session['user']) => void): void {
  const user = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true });
  const pass = h('input', {
    id: 'login-pass',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const msg = h('div', { class: 'login-msg', 'aria-live': 'polite' });
  const form = h(
    'form',
    {
      class: 'login',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        msg.textContent = 'Signing in…';
        try {
          const s = await login(api, user.value.trim(), pass.value);
          api.setToken(s.token);
          onDone(s.user);
        } catch (err) {
          showError(msg, err);
        }
      },
    },
    h('h1', {}, 'Crimegraph'),
    h('p', { class: 'muted' }, 'Investigation workspace'),
    h('label', { for: 'login-user' }, 'Username'),
    user,
    h('label', { for: 'login-pass' }, 'Password'),
    pass,
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'),
    msg,
  );
  root.replaceChildren(h('main', { class: 'login-page' }, form));
  user.focus();
}
