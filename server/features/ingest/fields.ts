// Reads the cells of one input record and collects every problem as (field, reason), so a rejected
// record names each field at fault and what was expected.
import type { Checked } from '../model/identifiers.ts';
import { phoneKey, plateKey, SEXES, type EntityType, type Sex } from '../model/model.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parses an ISO 8601 date or date-time to epoch ms (no zone means UTC); undefined if invalid. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) {
    return undefined;
  }
  let t = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')));
  if (new Date(Date.UTC(Number(y), month - 1, day)).getUTCDate() !== day) return undefined;
  if (zone && zone.toUpperCase() !== 'Z') t -= offsetMinutes(zone) * 60_000;
  return t;
}

/** "+08:00" / "-0530" → minutes east of UTC. */
export function offsetMinutes(zone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone.trim());
  if (!m) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

/** The natural key of an entity of `type` from how a record spells it. */
export function keyOf(type: EntityType, raw: string): string {
  if (type === 'Phone') return phoneKey(raw);
  if (type === 'Vehicle') return plateKey(raw);
  return raw.trim();
}

const SEX_WORDS: Record<string, Sex> = {
  male: 'male',
  m: 'male',
  男: 'male',
  female: 'female',
  f: 'female',
  女: 'female',
};

export interface FieldProblem {
  field: string;
  reason: string;
}

export class Fields {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly row: Readonly<Record<string, string | undefined>>) {}

  get ok(): boolean {
    return this.problems.length === 0;
  }

  fail(field: string, reason: string): undefined {
    this.problems.push({ field, reason });
    return undefined;
  }

  opt(name: string): string | undefined {
    const v = this.row[name]?.trim();
    return v ? v : undefined;
  }

  req(name: string): string {
    const v = this.opt(name);
    if (v === undefined) this.fail(name, 'is required and was empty');
    return v ?? '';
  }

  num(name: string, o: { min?: number; max?: number; int?: boolean; required?: boolean } = {}) {
    const v = o.required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const n = Number(v.replace(/_/g, ''));
    const what = o.int ? 'a whole number' : 'a number';
    const range =
      o.min !== undefined && o.max !== undefined
        ? ` from ${o.min} to ${o.max}`
        : o.min !== undefined
          ? ` of at least ${o.min}`
          : '';
    if (!Number.isFinite(n) || (o.int && !Number.isInteger(n))) {
      return this.fail(name, `expected ${what}${range}, got ${JSON.stringify(v)}`);
    }
    if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
      return this.fail(name, `expected ${what}${range}, got ${v}`);
    }
    return n;
  }

  /** An ISO 8601 date or date-time as epoch ms. */
  time(name: string, required = false): number | undefined {
    const v = required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const t = parseIsoDate(v);
    if (t === undefined) {
      return this.fail(
        name,
        `expected an ISO 8601 date such as 2024-05-01 or 2024-05-01T13:45:00Z, got ${JSON.stringify(v)}`,
      );
    }
    return t;
  }

  /** An ISO 8601 calendar date kept as text (yyyy-mm-dd), e.g. a birth date. */
  day(name: string): string | undefined {
    const v = this.opt(name);
    if (!v) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || parseIsoDate(v) === undefined) {
      return this.fail(name, `expected a date as yyyy-mm-dd, got ${JSON.stringify(v)}`);
    }
    return v;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback?: T): T | undefined {
    const v = this.opt(name);
    if (!v) {
      if (fallback === undefined) return this.fail(name, `is required: one of ${values.join(', ')}`);
      return fallback;
    }
    const norm = v.toLowerCase().replace(/[\s_]+/g, '-');
    if ((values as readonly string[]).includes(norm)) return norm as T;
    return this.fail(name, `expected one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
  }

  list(name: string, sep = ';'): string[] {
    const v = this.opt(name);
    if (!v) return [];
    return v
      .split(sep)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }

  confidence(name = 'confidence'): number | undefined {
    return this.num(name, { min: 0, max: 1 });
  }

  /**
   * An identifier read through its check (identifiers.ts): the check's result when it passes,
   * undefined (and the check's reason as the problem) when it does not or the cell is empty.
   */
  checked<T extends object>(
    name: string,
    check: (raw: string) => Checked<T>,
    required = false,
  ): ({ ok: true; value: string } & T) | undefined {
    const v = required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const r = check(v);
    if (!r.ok) return this.fail(name, r.reason);
    return r;
  }

  /** male or female, written as such, as m/f, or as 男/女. */
  sex(name: string): Sex | undefined {
    const v = this.opt(name);
    if (!v) return undefined;
    const s = SEX_WORDS[v.toLowerCase()];
    if (s) return s;
    return this.fail(name, `expected one of ${SEXES.join(', ')} (or m, f, 男, 女), got ${JSON.stringify(v)}`);
  }

  /** A natural key of `type` that must normalise to something (a phone number needs digits). */
  key(name: string, type: EntityType, required = true): string | undefined {
    const v = required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const k = keyOf(type, v);
    if (!k) return this.fail(name, `expected a ${type.toLowerCase()} identifier, got ${JSON.stringify(v)}`);
    return k;
  }
}
