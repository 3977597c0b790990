// Errors as a person reads them: by code, in their language. The server's own message (English,
// sometimes internal) is never shown; it goes to the console for whoever debugs.
import i18next from 'i18next';
import { ApiError } from './api.ts';

export function errorCode(err: unknown): string {
  return err instanceof ApiError ? err.code : 'INTERNAL_SERVER_ERROR';
}

export function errorMessage(err: unknown, context?: 'login'): string {
  const code = errorCode(err);
  if (!(err instanceof ApiError)) console.error(err);
  else console.warn(`[${err.code}] ${err.message}`);
  if (context === 'login' && code === 'UNAUTHENTICATED') return i18next.t('error.BAD_CREDENTIALS');
  const key = `error.${code}`;
  return i18next.exists(key) ? i18next.t(key) : i18next.t('error.unknown', { code });
}
