// How much memory the embedded Neo4j gets, chosen from the machine and the store in the manner of
// `neo4j-admin server memory-recommendation`: keep a share for the operating system and for the
// Crimegraph service beside it (its analysis jobs project graphs into memory too), give the heap a
// part of the rest, and the page cache what the store needs (with room to grow) within what is
// left. Both are ceilings, not allocations: the JVM grows its heap and Neo4j its page cache only as
// they are used. NEO4J_HEAP and NEO4J_PAGECACHE still override either.
import fs from 'node:fs';
import os from 'node:os';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

export interface MemoryChoice {
  heap: string;
  pagecache: string;
  /** One line for the log: what was chosen, from what, and which setting overrides it. */
  reason: string;
}

/** The memory this process may use: the cgroup's limit when there is one (a container), else RAM. */
export function machineMemoryBytes(): number {
  const total = os.totalmem();
  for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    try {
      const v = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isFinite(v) && v > 0 && v < total) return v;
    } catch {
      // no such controller: not limited
    }
  }
  return total;
}

/** A JVM size, rounded down to whole megabytes (or gigabytes when exact): "768m", "6g". */
export function jvmSize(bytes: number): string {
  const mb = Math.max(1, Math.floor(bytes / MB));
  return mb % 1024 === 0 ? `${mb / 1024}g` : `${mb}m`;
}

const gb = (b: number) => `${(b / GB).toFixed(1)} GB`;

/**
 * Heap and page cache for a machine of `machineBytes` holding a store of `storeBytes`.
 * - Reserved for the OS and the service: a quarter of the machine, at least 1.5 GB.
 * - Heap: 30% of the rest, between 512 MB and 31 GB (above 31 GB the JVM loses compressed
 *   pointers).
 * - Page cache: 1.25 x the store with at least 2 GB of room for it to grow into, within what the
 *   heap leaves; at least 256 MB.
 */
export function recommendMemory(
  machineBytes: number,
  storeBytes: number,
  overrides: { heap?: string; pagecache?: string } = {},
): MemoryChoice {
  const reserved = Math.max(1.5 * GB, machineBytes / 4);
  const available = Math.max(768 * MB, machineBytes - reserved);
  const heapBytes = Math.min(31 * GB, Math.max(512 * MB, available * 0.3));
  const cacheBytes = Math.max(256 * MB, Math.min(available - heapBytes, Math.max(2 * GB, storeBytes * 1.25)));
  const heap = overrides.heap ?? jvmSize(heapBytes);
  const pagecache = overrides.pagecache ?? jvmSize(cacheBytes);
  const chosen = (v: string, set: string | undefined, name: string) => (set ? `${v} (${name})` : v);
  return {
    heap,
    pagecache,
    reason:
      `Neo4j memory: heap ${chosen(heap, overrides.heap, 'NEO4J_HEAP')}, page cache ` +
      `${chosen(pagecache, overrides.pagecache, 'NEO4J_PAGECACHE')}, for ${gb(machineBytes)} of memory ` +
      `and a ${gb(storeBytes)} store (set NEO4J_HEAP / NEO4J_PAGECACHE to choose).`,
  };
}
