// The one mapping of driver errors (server/errors.ts fromNeo4jError) over the errors the driver
// raises when the database cannot be reached: each must reach callers as DB_UNAVAILABLE, never as
// INTERNAL_SERVER_ERROR. The driver's own errors are produced for real where that needs no database
// (a closed driver, a port that refuses, a local socket that accepts and never answers).
import neo4j, { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, fromNeo4jError } from '../../server/errors.ts';
import { startSilentServer, type SilentServer } from '../support/silent-server.ts';

/** The error a statement gets from this driver (run until it fails). */
async function failure(driver: ReturnType<typeof neo4j.driver>): Promise<unknown> {
  try {
    await driver.session().run('RETURN 1');
  } catch (err) {
    return err;
  }
  throw new Error('expected the statement to fail');
}

const code = (err: unknown) => fromNeo4jError(err)?.code;

let silent: SilentServer;
beforeAll(async () => {
  silent = await startSilentServer();
});
afterAll(() => silent.close());

describe('driver errors that mean the database cannot be reached', () => {
  it('maps the driver codes SERVICE_UNAVAILABLE and SESSION_EXPIRED', () => {
    expect(code(new Neo4jError('gone', neo4j.error.SERVICE_UNAVAILABLE, '08000', 'gone'))).toBe(
      'DB_UNAVAILABLE',
    );
    expect(code(new Neo4jError('expired', neo4j.error.SESSION_EXPIRED, '08000', 'expired'))).toBe(
      'DB_UNAVAILABLE',
    );
  });

  it('maps a refused connection', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'));
    try {
      const err = await failure(driver);
      expect((err as Neo4jError).code).toBe(neo4j.error.SERVICE_UNAVAILABLE);
      expect(code(err)).toBe('DB_UNAVAILABLE');
    } finally {
      await driver.close();
    }
  });

  it('maps "Pool is closed" (a request on a driver closed under it), which has no Neo4j code', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'x'));
    await failure(driver); // creates the pool
    await driver.close();
    const err = await failure(driver);
    expect(err).toBeInstanceOf(Neo4jError);
    expect((err as Neo4jError).code).toBe('N/A');
    expect((err as Error).message).toMatch(/^Pool is closed/);
    expect(code(err)).toBe('DB_UNAVAILABLE');
  });

  it('maps a connection acquisition timeout (a server that accepts and never answers)', async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${silent.port}`, neo4j.auth.basic('neo4j', 'x'), {
      connectionAcquisitionTimeout: 300,
      connectionTimeout: 300,
    });
    try {
      const err = await failure(driver);
      expect((err as Neo4jError).code).toBe('N/A');
      expect((err as Error).message).toMatch(/^Connection acquisition timed out/);
      expect(code(err)).toBe('DB_UNAVAILABLE');
    } finally {
      void driver.close();
    }
  });

  it('leaves other driver errors alone, whatever their message says', () => {
    expect(code(new Neo4jError('Pool is closed', 'Neo.ClientError.Statement.SyntaxError', '42000', ''))).toBe(
      undefined,
    );
    expect(code(new Neo4jError('something else', 'N/A', '50N42', ''))).toBe(undefined);
    expect(code(new Error('Pool is closed'))).toBe(undefined);
    const own = new AppError('NOT_FOUND', 'x');
    expect(fromNeo4jError(own)).toBe(own);
  });
});

describe('statements over the memory Neo4j grants one transaction', () => {
  // Neo4j Community cannot lower that limit at run time (dbms.setConfigValue is Enterprise's), so
  // these are the errors as the server sends them (code and message), made by the driver's class.
  it.each([
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', '51N72'],
    ['Neo.ClientError.General.TransactionOutOfMemoryError', '51N73'],
    ['Neo.TransientError.General.OutOfMemoryError', '50N42'],
  ])('%s answers RESULT_TOO_LARGE with advice to narrow the request', (neoCode, gql) => {
    const err = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 716.0 MiB. dbms.memory.transaction.total.max threshold reached',
      neoCode,
      gql,
      '',
    );
    const mapped = fromNeo4jError(err);
    expect(mapped?.code).toBe('RESULT_TOO_LARGE');
    expect(mapped?.message).toMatch(/fewer starting entities, fewer hops, a smaller cap or a filter/);
    expect(mapped?.message).not.toMatch(/MiB|dbms/);
  });
});
