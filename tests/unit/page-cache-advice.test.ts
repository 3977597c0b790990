// The embedded Neo4j's start says when its page cache cannot hold the store (neo4j/provision.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageCacheAdvice, sizeBytes, storeBytes } from '../../neo4j/provision.ts';

const homes: string[] = [];
afterAll(() => homes.forEach((h) => fs.rmSync(h, { recursive: true, force: true })));

/** An embedded home whose store files add up to `bytes` (sparse files: no disk is used). */
function homeWithStore(bytes: number[]): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-pagecache-'));
  homes.push(home);
  const dir = path.join(home, 'data', 'databases', 'neo4j', 'schema');
  fs.mkdirSync(dir, { recursive: true });
  bytes.forEach((b, i) => {
    const file = path.join(i % 2 ? dir : path.dirname(dir), `store-${i}.db`);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, Math.round(b));
  });
  return home;
}

describe('page cache advice', () => {
  it('reads JVM-style sizes', () => {
    expect(sizeBytes('512m')).toBe(512 * 1024 ** 2);
    expect(sizeBytes('2G')).toBe(2 * 1024 ** 3);
    expect(sizeBytes('64k')).toBe(64 * 1024);
    expect(() => sizeBytes('lots')).toThrow(/512m or 2g/);
  });

  it('adds up the store files, nested ones too', () => {
    expect(storeBytes(homeWithStore([100, 200, 300]))).toBe(600);
    expect(storeBytes(path.join(os.tmpdir(), 'cg-no-such-home'))).toBe(0);
  });

  it('says nothing while the store fits, and names the setting and a size when it does not', () => {
    const gb = 1024 ** 3;
    expect(pageCacheAdvice(homeWithStore([0.3 * gb, 0.1 * gb]), '512m')).toBeNull();
    const advice = pageCacheAdvice(homeWithStore([1.5 * gb, 0.7 * gb]), '512m');
    expect(advice).toContain('2.2 GB');
    expect(advice).toContain('512m');
    expect(advice).toContain('NEO4J_PAGECACHE=3g');
  });
});
