// Password strength and the bcrypt input scheme (server/auth/passwords.ts), without a database.
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { bcryptInput, passwordProblems, PREHASHED, prehash } from '../../server/auth/passwords.ts';

describe('password strength', () => {
  it('refuses weak passwords, naming the field, what is expected and what to do', () => {
    for (const weak of ['password123!', 'qwertyuiop123', 'aaaaaaaaaaaaaaaa', 'crimegraph-demo']) {
      const [problem, ...rest] = passwordProblems(weak, 'wang.wei');
      expect(rest).toEqual([]);
      expect(problem).toMatch(
        /^password: expected strength 3 of 4, got [0-2] \(.+\); use a longer passphrase/,
      );
    }
    expect(passwordProblems('crimegraph-demo', 'x.y')[0]).toMatch(/username or the service's name/);
    expect(passwordProblems('wang.wei.2024', 'wang.wei')[0]).toMatch(/^password: expected strength/);
    expect(passwordProblems('short', 'wang.wei')).toEqual([
      'password: expected at least 10 characters; a passphrase of several words works best',
    ]);
    expect(passwordProblems('x'.repeat(257), 'wang.wei')[0]).toMatch(/at most 256 characters/);
  });

  it('accepts passphrases, in any script', () => {
    for (const ok of ['correct horse battery', 'tomb lantern copper ferry', '盗墓者在夜里挖开了古墓']) {
      expect(passwordProblems(ok, 'wang.wei')).toEqual([]);
    }
  });
});

describe('bcrypt input', () => {
  // A Chinese passphrase of 30 characters is 90 UTF-8 bytes; bcrypt reads only the first 72.
  const long = '青铜器在夜里从古墓中被盗走了然后经过三个中间人卖到了海外市场';
  const sameFirst72 = `${long.slice(0, 24)}完全不同的结尾部分也能登录吗这是错的`;

  it('pre-hashes so that bytes past bcrypt’s 72 count', async () => {
    expect(Buffer.byteLength(long)).toBeGreaterThan(72);
    expect(Buffer.byteLength(long.slice(0, 24))).toBe(72);
    // Raw bcrypt cannot tell them apart: this is the defect pre-hashing fixes.
    const raw = await bcrypt.hash(long, 4);
    expect(await bcrypt.compare(sameFirst72, raw)).toBe(true);

    const stored = PREHASHED + (await bcrypt.hash(prehash(long), 4));
    const right = bcryptInput(long, stored);
    const wrong = bcryptInput(sameFirst72, stored);
    expect(await bcrypt.compare(right.input, right.hash)).toBe(true);
    expect(await bcrypt.compare(wrong.input, wrong.hash)).toBe(false);
    expect(Buffer.byteLength(prehash(long))).toBe(44);
    expect(prehash(long)).not.toContain('\0');
  });

  it('checks hashes made before pre-hashing on the raw password', async () => {
    const legacy = await bcrypt.hash('an old passphrase', 4);
    const { input, hash } = bcryptInput('an old passphrase', legacy);
    expect([input, hash]).toEqual(['an old passphrase', legacy]);
    expect(await bcrypt.compare(input, hash)).toBe(true);
  });
});
