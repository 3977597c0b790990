// Passwords: the strength every new password must have, and how passwords are fed to bcrypt.
//
// bcrypt reads at most 72 bytes and silently ignores the rest; a Chinese passphrase of 24
// characters is already 72 UTF-8 bytes. Rather than refuse long passphrases (the strongest kind),
// a password is pre-hashed: base64(HMAC-SHA256(PREHASH_KEY, password)) is 44 ASCII bytes with no
// NUL, so every byte of the password counts. Hashes stored this way are marked with PREHASHED;
// hashes without the mark (made before it) are checked as they were made, on the raw password.
import { createHmac } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';

/** Prefix of a stored hash whose input was pre-hashed ("sha256+$2b$10$..."). */
export const PREHASHED = 'sha256+';
/** Not a secret (a pepper would be): it only separates this use of SHA-256 from any other. */
const PREHASH_KEY = 'crimegraph password v2';

export const MIN_PASSWORD_LENGTH = 10;
/** Bounds the strength estimator's work (it grows faster than linearly with the length). */
export const MAX_PASSWORD_LENGTH = 256;
export const MIN_PASSWORD_SCORE = 3;

/** What bcrypt is given for a password under a stored hash's scheme. */
export function bcryptInput(password: string, stored: string): { input: string; hash: string } {
  return stored.startsWith(PREHASHED)
    ? { input: prehash(password), hash: stored.slice(PREHASHED.length) }
    : { input: password, hash: stored };
}

export function prehash(password: string): string {
  return createHmac('sha256', PREHASH_KEY).update(password, 'utf8').digest('base64');
}

let estimator: ZxcvbnFactory | undefined;

const WARNINGS: Record<string, string> = {
  straightRow: 'it is a row of keys',
  keyPattern: 'it is a keyboard pattern',
  simpleRepeat: 'it repeats characters',
  extendedRepeat: 'it repeats a pattern',
  sequences: 'it is a sequence such as abc or 123',
  recentYears: 'it contains a recent year',
  dates: 'it contains a date',
  topTen: 'it is one of the most used passwords',
  topHundred: 'it is one of the most used passwords',
  common: 'it is a common password',
  similarToCommon: 'it is close to a common password',
  wordByItself: 'it is a single word',
  namesByThemselves: 'it is only names',
  commonNames: 'it is made of common names',
  userInputs: "it contains the username or the service's name",
};

/**
 * The problems of a new password, each naming the field, what is expected and what to do; empty
 * when it is strong enough. Strength is zxcvbn's score (0-4) with the username and "crimegraph"
 * as words an attacker would try first.
 */
export function passwordProblems(password: string, username: string): string[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [
      `password: expected at least ${MIN_PASSWORD_LENGTH} characters; a passphrase of several words works best`,
    ];
  if (password.length > MAX_PASSWORD_LENGTH)
    return [`password: expected at most ${MAX_PASSWORD_LENGTH} characters`];
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    maxLength: MAX_PASSWORD_LENGTH,
  });
  const inputs = ['crimegraph', username, ...username.split(/[._-]/).filter((w) => w.length > 2)];
  const result = estimator.check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return [];
  const why = (result.feedback.warning && WARNINGS[result.feedback.warning]) || 'it is easy to guess';
  return [
    `password: expected strength ${MIN_PASSWORD_SCORE} of 4, got ${result.score} (${why}); ` +
      'use a longer passphrase of several unrelated words, not the username, the service name or a common word',
  ];
}
