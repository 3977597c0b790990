// How the database layer changes a neo4j-driver class for speed (bolt-writes.ts, bolt-integers.ts):
// the class is reached by its file path in neo4j-driver-bolt-connection (the package has no exports
// map), patched once per process, and marked, on its prototype with Symbol.for(`crimegraph.<name>`)
// and in a process-wide list, so that tests and the bench's load clients can tell.
//
// When a driver release moves the file or changes the class, the patch is skipped: the driver then
// does the work its own way, slower, never wrong. Each patch has a unit test that fails first.
import { createRequire } from 'node:module';

const APPLIED = Symbol.for('crimegraph.driverPatches');

type Registry = { [APPLIED]?: string[] };

/**
 * Applies `apply` to the prototype `pick` finds in the driver module at `modulePath` (relative to
 * neo4j-driver-bolt-connection/lib), once per process. Returns whether the patch is in place.
 * `pick` returns undefined when the module does not have what the patch expects.
 */
export function patchDriverPrototype<P extends object>(
  name: string,
  modulePath: string,
  pick: (mod: Record<string, unknown>) => P | undefined,
  apply: (proto: P) => void,
): boolean {
  let proto: P | undefined;
  try {
    const require = createRequire(import.meta.url);
    proto = pick(require(`neo4j-driver-bolt-connection/lib/${modulePath}`) as Record<string, unknown>);
  } catch {
    return false;
  }
  if (!proto) return false;
  const marked = proto as Record<symbol, unknown>;
  const mark = Symbol.for(`crimegraph.${name}`);
  if (marked[mark] === true) return true;
  apply(proto);
  marked[mark] = true;
  const registry = globalThis as Registry;
  (registry[APPLIED] ??= []).push(name);
  return true;
}

/** The driver patches applied in this process (by the database layer, when it was loaded). */
export function driverPatches(): readonly string[] {
  return (globalThis as Registry)[APPLIED] ?? [];
}
