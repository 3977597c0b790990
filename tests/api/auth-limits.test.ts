// Limits and HTTP hardening through the real server: cost, rate limit per account, body size,
// security headers, CORS by configuration, and DB_UNAVAILABLE before the database is attached.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../server/http.ts';
import { createLogger } from '../../server/logger.ts';
import { Services } from '../../server/services.ts';
import { resetData, testConfig } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ RATE_LIMIT_PER_MINUTE: '40', CORS_ORIGINS: 'https://intel.example.org' });
  await resetData(api.services.db());
});
afterAll(() => api?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('limits', () => {
  it('refuses a query whose estimated cost is above the limit, before any resolver runs', async () => {
    const admin = await api.tokenFor('admin');
    const q = 'query($n:Int){ users(first:$n){ items { id } } }';
    const ok = await api.gql(q, { n: 50 }, admin);
    expect(ok.errors).toBeUndefined();
    const big = await api.gql(q, { n: 5_000_000 }, admin);
    expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // Nesting multiplies: each sized level is cheap alone, together they are not.
    const nested = await api.gql(
      '{ a: search(query:"x", first: 1000){ __typename } b: search(query:"y", first: 2000000){ __typename } }',
      {},
      admin,
    );
    expect(nested.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // A query sent with GET (which Apollo serves) is costed too.
    const get = (n: number) =>
      fetch(
        `${api.url}?query=${encodeURIComponent(q)}&variables=${encodeURIComponent(JSON.stringify({ n }))}`,
        {
          headers: { authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'true' },
        },
      ).then(
        (r) => r.json() as Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }>,
      );
    expect((await get(50)).errors).toBeUndefined();
    expect((await get(5_000_000)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a document with too many tokens', async () => {
    const admin = await api.tokenFor('admin');
    const res = await api.gql(`{ ${'__typename '.repeat(30_000)} }`, {}, admin);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('limits requests per account per minute with RATE_LIMITED and Retry-After, others unaffected', async () => {
    const a = await api.tokenFor('analyst');
    const b = await api.tokenFor('analyst');
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 45; i++) {
      last = await post(JSON.stringify({ query: '{ me { id } }' }), { authorization: `Bearer ${a}` });
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.slice(40)).toEqual([429, 429, 429, 429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      ((await last!.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions
        .code,
    ).toBe('RATE_LIMITED');
    const other = await api.gql<{ me: { id: string } }>('{ me { id } }', {}, b);
    expect(other.data?.me.id).toBeTruthy();
  });

  it('refuses an oversized or malformed body with a GraphQL-shaped error', async () => {
    const huge = await post(
      JSON.stringify({ query: '{ health { status } }', variables: { x: 'x'.repeat(3_000_000) } }),
    );
    expect(huge.status).toBe(413);
    expect(
      ((await huge.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('BAD_USER_INPUT');
    const bad = await post('{"query": "{ health { status } }"');
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('sends security headers and allows CORS only for configured origins', async () => {
    const ok = await post(JSON.stringify({ query: '{ health { status } }' }), {
      origin: 'https://intel.example.org',
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://intel.example.org');
    expect(ok.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(ok.headers.get('content-security-policy')).toMatch(/worker-src 'self' blob:/);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('strict-transport-security')).toBeTruthy();
    expect(ok.headers.get('x-powered-by')).toBeNull();
    const other = await post(JSON.stringify({ query: '{ health { status } }' }), {
      origin: 'https://evil.example.com',
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('callers that go away', () => {
  it('survives a caller that disconnects in the middle of its body', async () => {
    const { hostname, port } = new URL(api.url);
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect(Number(port), hostname, () => {
          socket.write(
            'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query": "{ hea',
          );
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 50);
        });
        socket.on('error', reject);
      });
    }
    const res = await post(JSON.stringify({ query: '{ health { status } }' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { health: { status: string } } }).data.health.status).toBeTruthy();
  });
});

describe('before the database is attached', () => {
  it('answers health as STARTING and a signed-in request DB_UNAVAILABLE at once', async () => {
    const services = new Services(testConfig({ PORT: '0' }), createLogger('silent'));
    const http = await createHttpApp(services);
    const port = await http.listen(0, '127.0.0.1');
    try {
      const call = (query: string, token?: string) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query }),
        }).then(
          (r) =>
            r.json() as Promise<{
              data?: { health?: { status: string } };
              errors?: Array<{ extensions: { code: string } }>;
            }>,
        );
      expect((await call('{ health { status } }')).data?.health?.status).toBe('STARTING');
      const res = await call('{ me { id } }', 'cg1.abc.def');
      expect(res.errors?.[0]?.extensions.code).toBe('DB_UNAVAILABLE');
    } finally {
      await http.close();
    }
  });
});
