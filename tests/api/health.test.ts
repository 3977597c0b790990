import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('health', () => {
  it('reports the version and edition that Neo4j itself reports', async () => {
    const res = await api.gql<{
      health: {
        status: string;
        neo4j: { version: string; edition: string; address: string };
        schemaVersion: number;
      };
    }>('{ health { status neo4j { version edition address } schemaVersion } }');
    expect(res.errors).toBeUndefined();
    const direct = await api.services.db().read('queries/health/get-components');
    expect(res.data?.health.status).toBe('OK');
    expect(res.data?.health.neo4j.version).toBe(direct[0]?.version);
    expect(res.data?.health.neo4j.version).toMatch(/^5\./);
    expect(res.data?.health.neo4j.edition).toBe(direct[0]?.edition);
    expect(res.data?.health.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('tells the Bolt address of the database to admins only', async () => {
    const query = '{ health { status neo4j { version address } } }';
    type H = { health: { status: string; neo4j: { version: string; address: string | null } } };
    const anonymous = await api.gql<H>(query);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.health.status).toBe('OK');
    expect(anonymous.data?.health.neo4j.version).toMatch(/^5\./);
    expect(anonymous.data?.health.neo4j.address).toBeNull();
    for (const role of ['analyst', 'detective', 'commander'] as const) {
      const res = await api.gql<H>(query, {}, await api.tokenFor(role));
      expect(res.data?.health.neo4j.address, role).toBeNull();
    }
    const admin = await api.gql<H>(query, {}, await api.tokenFor('admin'));
    expect(admin.data?.health.neo4j.address).toMatch(/:\d+$/);
    // Nor does it appear anywhere else in the anonymous answer.
    const port = /:(\d+)$/.exec(admin.data!.health.neo4j.address!)![1]!;
    const everything = await api.gql(
      '{ health { status schemaVersion uptimeSeconds neo4j { version edition address embedded } } }',
    );
    expect(JSON.stringify(everything.data)).not.toContain(`:${port}`);
  });

  it('answers malformed GraphQL with a client error code, not an internal error', async () => {
    const res = await api.gql('{ health { ');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await api.gql('{ nope }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
