// The sign-in screen, in the chosen language. Demo accounts: admin, analyst, detective, commander.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginMutation, LoginMutationVariables } from '../api/__generated__/operations.ts';
import { LANGUAGES, setLanguage, type Language } from '../i18n/index.ts';
import { api } from './api.ts';
import { errorMessage } from './errors.ts';
import SESSION from './session.graphql?raw';
import type { User } from './store.ts';

export function Login({ onDone }: { onDone: (u: User) => void }): ReactNode {
  const { t, i18n } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [msg, setMsg] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMsg({ error: false, text: t('login.signingIn') });
    try {
      const d = await api.request<LoginMutation, LoginMutationVariables>(
        SESSION,
        { username: username.trim(), password },
        'Login',
      );
      api.setToken(d.login.token);
      onDone(d.login.user);
    } catch (err) {
      setMsg({ error: true, text: errorMessage(err, 'login') });
    }
  };
  return (
    <main className="login-page">
      <form className="login" onSubmit={(e) => void submit(e)}>
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <label htmlFor="login-user">{t('login.username')}</label>
        <input
          id="login-user"
          name="username"
          autoComplete="username"
          required
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="login-pass">{t('login.password')}</label>
        <input
          id="login-pass"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="primary">
          {t('login.submit')}
        </button>
        <div className={msg?.error ? 'login-msg error' : 'login-msg'} aria-live="polite" role="status">
          {msg?.text}
        </div>
        <select
          id="language"
          aria-label={t('header.language')}
          value={i18n.language}
          onChange={(e) => void setLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </form>
    </main>
  );
}
