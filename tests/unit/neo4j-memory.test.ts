// The embedded Neo4j's memory, chosen from the machine and the store (neo4j/memory.ts).
import { describe, expect, it } from 'vitest';
import { jvmSize, recommendMemory } from '../../neo4j/memory.ts';
import { sizeBytes } from '../../neo4j/provision.ts';

const GB = 1024 ** 3;

describe('recommendMemory', () => {
  it('gives this 24 GB machine a heap and a page cache that hold a 2.2 GB store, leaving a quarter', () => {
    const m = recommendMemory(24 * GB, 2.2 * GB);
    const heap = sizeBytes(m.heap);
    const cache = sizeBytes(m.pagecache);
    expect(cache).toBeGreaterThanOrEqual(2.2 * GB * 1.2);
    expect(heap).toBeGreaterThanOrEqual(4 * GB);
    expect(heap + cache).toBeLessThanOrEqual(24 * GB * 0.75);
    expect(m.reason).toMatch(/heap \d+[mg], page cache \d+[mg], for 24\.0 GB of memory and a 2\.2 GB store/);
  });

  it('caps the page cache at what the machine has left when the store outgrows it', () => {
    const m = recommendMemory(24 * GB, 40 * GB);
    expect(sizeBytes(m.heap) + sizeBytes(m.pagecache)).toBeLessThanOrEqual(18 * GB + 1024 ** 2);
    expect(sizeBytes(m.pagecache)).toBeGreaterThan(10 * GB);
  });

  it('keeps the heap under 31 GB on a large server, where the JVM keeps compressed pointers', () => {
    expect(sizeBytes(recommendMemory(512 * GB, 100 * GB).heap)).toBeLessThanOrEqual(31 * GB);
  });

  it('still starts on a small machine', () => {
    const m = recommendMemory(2 * GB, 0);
    expect(sizeBytes(m.heap)).toBeGreaterThanOrEqual(512 * 1024 ** 2);
    expect(sizeBytes(m.pagecache)).toBeGreaterThanOrEqual(256 * 1024 ** 2);
  });

  it('lets NEO4J_HEAP and NEO4J_PAGECACHE override each choice, and says so', () => {
    const m = recommendMemory(24 * GB, 1 * GB, { heap: '3g' });
    expect(m.heap).toBe('3g');
    expect(m.reason).toContain('3g (NEO4J_HEAP)');
    expect(m.pagecache).not.toContain('NEO4J');
  });

  it('writes sizes the JVM reads', () => {
    expect(jvmSize(6 * GB)).toBe('6g');
    expect(jvmSize(1.5 * GB)).toBe('1536m');
    expect(sizeBytes(jvmSize(2.75 * GB))).toBeLessThanOrEqual(2.75 * GB);
  });
});
