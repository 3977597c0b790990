// TRUST_PROXY: the address the rate limiter (and every per-address limit) keys on is the right-most
// address that is not a trusted proxy, on both HTTP paths (the fast path and Express). A client
// cannot pick its address by writing X-Forwarded-For itself: rotating the values it controls keeps
// it on one key and in one budget.
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';

const LIMIT = 5;
const apis: TestApi[] = [];
afterAll(async () => {
  for (const api of apis) await api.close();
});

async function apiWith(trustProxy: string): Promise<TestApi> {
  const api = await startTestApi({ RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: trustProxy });
  apis.push(api);
  return api;
}

const BODY = JSON.stringify({ query: '{ health { status } }' });

/** An anonymous request through the fast path (plain JSON) or Express (a gzip body). */
async function send(api: TestApi, xff: string | undefined, via: 'fast' | 'express'): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (xff !== undefined) headers['x-forwarded-for'] = xff;
  if (via === 'express') headers['content-encoding'] = 'gzip';
  const res = await fetch(api.url, {
    method: 'POST',
    headers,
    body: via === 'express' ? gzipSync(BODY) : BODY,
  });
  await res.arrayBuffer();
  return res.status;
}

/** LIMIT + 2 requests, alternating the two paths, with the header chain made by `chain(i)`. */
async function burst(api: TestApi, chain: (i: number) => string | undefined): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < LIMIT + 2; i++) statuses.push(await send(api, chain(i), i % 2 ? 'express' : 'fast'));
  return statuses;
}

const limited = [...Array<number>(LIMIT).fill(200), 429, 429];

describe('client address behind proxies', () => {
  it('TRUST_PROXY=true (one proxy): the address the proxy saw, whatever the client wrote before it', async () => {
    const api = await apiWith('true');
    // The proxy appends the peer it saw (203.0.113.7); the client rotates everything to its left.
    expect(await burst(api, (i) => `198.51.100.${i}, 203.0.113.7`)).toEqual(limited);
    // Longer chains, same budget: already spent.
    expect(await burst(api, (i) => `10.0.0.${i}, 192.0.2.${i}, 203.0.113.7`)).toEqual(
      Array<number>(LIMIT + 2).fill(429),
    );
    // Another caller behind the same proxy has its own budget.
    expect(await send(api, '203.0.113.7, 203.0.113.8', 'fast')).toBe(200);
    expect(await send(api, '203.0.113.8', 'express')).toBe(200);
  });

  it('TRUST_PROXY=false: X-Forwarded-For is ignored, the socket peer is the caller', async () => {
    const api = await apiWith('false');
    expect(await burst(api, (i) => `203.0.113.${i}`)).toEqual(limited);
    expect(await send(api, undefined, 'fast')).toBe(429);
  });

  it('TRUST_PROXY=2: two proxies, the third address from the right', async () => {
    const api = await apiWith('2');
    // client-written, the client as the outer proxy saw it, the outer proxy as the inner one saw it.
    expect(await burst(api, (i) => `1.1.1.${i}, 198.51.100.9, 10.0.0.${i}`)).toEqual(limited);
    expect(await send(api, '198.51.100.10, 10.0.0.1', 'fast')).toBe(200);
  });

  it('TRUST_PROXY as addresses and CIDRs: the right-most address that is not one of them', async () => {
    const api = await apiWith('loopback, 10.0.0.0/8');
    expect(await burst(api, (i) => `1.1.1.${i}, 192.0.2.44, 10.1.2.3, 10.9.9.${i}`)).toEqual(limited);
    // A spoofed entry that claims to be a trusted proxy does not help either: 192.0.2.44 is untrusted.
    expect(await send(api, '10.0.0.1, 192.0.2.44', 'express')).toBe(429);
    expect(await send(api, '192.0.2.45, 10.0.0.1', 'fast')).toBe(200);
  });
});
