// Checks of the arguments the API features share. Each names the field and what was expected.
import { badInput } from '../../errors.ts';

const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_ID = 300;

export function checkId(field: string, id: string): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID) {
    throw badInput(`${field}: expected an entity id ("<Type>:<key>"), got ${JSON.stringify(id)}.`);
  }
  return id;
}

export function checkIds(field: string, ids: readonly string[], max: number): string[] {
  if (ids.length === 0) throw badInput(`${field}: expected at least one entity id.`);
  if (ids.length > max) throw badInput(`${field}: expected at most ${max} ids, got ${ids.length}.`);
  return ids.map((id, i) => checkId(`${field}[${i}]`, id));
}

/** Label or relationship-type names: passed to Cypher as parameters, never spliced into it. */
export function checkTypeNames(field: string, names: readonly string[] | null | undefined): string[] | null {
  if (names === null || names === undefined) return null;
  if (names.length > 50) throw badInput(`${field}: expected at most 50 type names, got ${names.length}.`);
  return names.map((n, i) => {
    if (!TYPE_NAME.test(n)) {
      throw badInput(
        `${field}[${i}]: expected a type name (letters, digits and _), got ${JSON.stringify(n)}.`,
      );
    }
    return n;
  });
}

export function checkInt(
  field: string,
  v: number | null | undefined,
  min: number,
  max: number,
  dflt: number,
) {
  const x = v ?? dflt;
  if (!Number.isInteger(x) || x < min || x > max) {
    throw badInput(`${field}: expected a whole number from ${min} to ${max}, got ${String(v)}.`);
  }
  return x;
}

export function checkConfidence(field: string, v: number | null | undefined): number {
  const x = v ?? 0;
  if (!Number.isFinite(x) || x < 0 || x > 1)
    throw badInput(`${field}: expected a number from 0 to 1, got ${String(v)}.`);
  return x;
}

export interface Window {
  from: number | null;
  to: number | null;
}

export function checkWindow(
  field: string,
  w: { from?: number | null; to?: number | null } | null | undefined,
): Window {
  const from = w?.from ?? null;
  const to = w?.to ?? null;
  for (const [k, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v !== null && !Number.isFinite(v))
      throw badInput(`${field}.${k}: expected epoch milliseconds, got ${String(v)}.`);
  }
  if (from !== null && to !== null && from > to) {
    throw badInput(`${field}: expected from <= to, got from ${from} after to ${to}.`);
  }
  return { from, to };
}
