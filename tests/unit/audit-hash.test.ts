// An audit entry's hash covers the canonical JSON of its fields (keys sorted at every level).
// entryHash writes that JSON out directly instead of sorting a copy; it must give the very same
// bytes, or every log written before would fail verification.
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH, type AuditEntry } from '../../server/audit/audit.ts';

type Fields = Omit<AuditEntry, 'hash' | 'prevHash'>;

/** The definition: sha256 of the previous hash and the canonical JSON of the fields. */
function reference(prevHash: string, e: Fields): string {
  const body = canonicalJson({
    ...(e.id ? { id: e.id } : {}),
    seq: e.seq,
    at: e.at,
    userId: e.userId,
    username: e.username,
    role: e.role,
    operation: e.operation,
    kind: e.kind,
    entityIds: e.entityIds,
    count: e.count,
    details: e.details,
  });
  return createHash('sha256')
    .update(prevHash + body)
    .digest('hex');
}

describe('audit entry hash', () => {
  it('is the hash of the canonical JSON of the entry, for entries of every shape', () => {
    const rng = seedrandom('audit-hash');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const text = () =>
      pick([
        '',
        'Wang Wei',
        'Ł\u00f3d\u017a "quoted" \\ back',
        '\u001f\u0000\n',
        '王伟',
        '😀 emoji',
        'x'.repeat(300),
      ]);
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 500; seq++) {
      const e: Fields = {
        seq,
        ...(rng() < 0.7 ? { id: `${seq}-${Math.floor(rng() * 1e9)}` } : rng() < 0.5 ? { id: null } : {}),
        at: Math.floor(1.7e12 + rng() * 1e10),
        userId: rng() < 0.9 ? `u-${seq}` : null,
        username: rng() < 0.9 ? text() : null,
        role: rng() < 0.9 ? pick(['analyst', 'detective', 'commander', 'admin']) : null,
        operation: pick(['neighbourhood', 'paths', 'login', 'ingest', text()]),
        kind: pick(['read', 'change', 'auth']),
        entityIds: Array.from({ length: Math.floor(rng() * 50) }, () => `Person:${text()}`),
        count: Math.floor(rng() * 1000),
        details: canonicalJson(rng() < 0.5 ? {} : { hops: 2, z: [1, { b: 2, a: text() }], a: null }),
      };
      const hash = entryHash(prev, e);
      expect(hash).toBe(reference(prev, e));
      prev = hash;
    }
  });
});
