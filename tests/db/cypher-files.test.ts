// Every .cypher file must parse and plan on the real Neo4j: a typo fails CI, not a user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCypherNames, cypher, cypherSource } from '../../server/db/cypher.ts';
import type { Db } from '../../server/db/db.ts';
import { loadMigrations } from '../../server/db/migrate.ts';
import { TEST_CYPHER_DIR, TEST_CYPHER_PREFIX } from '../support/cypher.ts';
import { openTestDb } from '../support/db.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

async function explain(name: string): Promise<void> {
  expect(
    cypherSource(name).startsWith('//'),
    `${name} must open with a // comment naming its parameters`,
  ).toBe(true);
  const text = cypher(name);
  const session = db.session('READ');
  try {
    // EXPLAIN plans the file's own statement without running it; no user input is involved.
    // eslint-disable-next-line no-restricted-syntax
    await session.run(`EXPLAIN ${text}`);
  } finally {
    await session.close();
  }
}

describe('cypher/queries', () => {
  const names = allCypherNames().filter((n) => n.startsWith('queries/'));
  it('has statements', () => expect(names.length).toBeGreaterThan(3));
  it.each(names)('%s opens with a comment and passes EXPLAIN', explain);
  it('ships no test-only statement (those live in tests/cypher)', () => {
    expect(names.filter((n) => /(^|\/)test-/.test(n))).toEqual([]);
  });
});

describe('tests/cypher', () => {
  const names = allCypherNames(TEST_CYPHER_DIR).map((n) => TEST_CYPHER_PREFIX + n);
  it('has statements', () => expect(names.length).toBeGreaterThan(3));
  it.each(names)('%s opens with a comment and passes EXPLAIN', explain);
});

describe('cypher/schema', () => {
  it('numbers migrations uniquely and every statement is idempotent (IF NOT EXISTS)', () => {
    for (const m of loadMigrations()) {
      for (const s of m.statements) {
        if (/^(CREATE|DROP)\s/i.test(s)) expect(s, `${m.name}: ${s}`).toMatch(/IF (NOT )?EXISTS/i);
      }
    }
  });
});
