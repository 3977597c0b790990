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

  it('answers malformed GraphQL with a client error code, not an internal error', async () => {
    const res = await api.gql('{ health { ');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await api.gql('{ nope }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
