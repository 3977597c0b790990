// Runs the real HTTP + GraphQL server in-process against the suite's Neo4j.
import { createHttpApp, type HttpApp } from '../../server/http.ts';
import { createLogger } from '../../server/logger.ts';
import { Services } from '../../server/services.ts';
import type { Config } from '../../server/config.ts';
import { migrate } from '../../server/db/migrate.ts';
import { Db } from '../../server/db/db.ts';
import { testConfig } from './db.ts';
import type { Role } from '../../server/auth/types.ts';
import { randomUUID } from 'node:crypto';

export interface TestApi {
  url: string;
  services: Services;
  http: HttpApp;
  /** POSTs a GraphQL operation; returns the parsed body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  /** A session token for a fresh user with the given role. */
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApi(configOverrides: Record<string, string> = {}): Promise<TestApi> {
  const config: Config = testConfig({ PORT: '0', ...configOverrides });
  const services = new Services(config, createLogger('silent'));
  const n = config.neo4j;
  const db = new Db({
    uri: n.uri!,
    user: n.user,
    password: n.password!,
    txTimeoutMs: n.txTimeoutMs,
    batchedReads: n.batchedReads,
  });
  const { schemaVersion } = await migrate(db);
  const info = await db.serverInfo();
  services.attachDb(db, { ...info, embedded: false }, schemaVersion);
  const http = await createHttpApp(services);
  const port = await http.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    services,
    http,
    gql: async (query, variables, token) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    tokenFor: async (role) => {
      const username = `t-${role}-${randomUUID().slice(0, 8)}`;
      await services.accounts().createUser(username, 'correct horse battery', role);
      return (await services.accounts().login(username, 'correct horse battery')).token;
    },
    close: async () => {
      await services.shutdown();
      await http.close();
      await services.closeAudit();
      await db.close();
    },
  };
}
