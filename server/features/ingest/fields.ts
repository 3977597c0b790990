// Reads the cells of one input record and collects every problem as (field, reason), so a rejected
// record names each field at fault and what was expected.
import type { Checked } from '../model/identifiers.ts';
import { phoneKey, plateKey, SEXES, type DatePrecision, type EntityType, type Sex } from '../model/model.ts';
import { why, type Reason } from './reasons.ts';

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

/**
 * A date as records give it, exact or not: `at` is the start of the period it names (epoch ms,
 * UTC) and `precision` how long that period is; `approximate` when the record says so (c., ~, 约).
 */
export interface PartialDate {
  at?: number;
  precision: DatePrecision;
  approximate?: boolean;
}

const UNKNOWN_DATE = /^(unknown|undated|n\.?\s?d\.?|\?+|-|不详|未知|日期不详|年代不详)$/i;
const APPROX = /^(c\.|ca\.?|circa|about|approx\.?|~|约|大约|左右)\s*/i;

/**
 * Reads a date that may be partial: 2019-05-03 (day, or any ISO date-time), 2019-05 (month), 2019
 * (year), 1990s / 199x / 1990年代 (decade), with c. / circa / ~ / 约 before it or ? after it (kept,
 * approximate), and unknown / undated / n.d. / ? / 不详 / 未知 (unknown). Undefined when none fits.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  let v = text.trim();
  if (!v || UNKNOWN_DATE.test(v)) return { precision: 'unknown' };
  let approximate = false;
  if (APPROX.test(v)) {
    approximate = true;
    v = v.replace(APPROX, '');
  }
  if (/[?？]$/.test(v) || /左右$/.test(v)) {
    approximate = true;
    v = v.replace(/\s*(左右|[?？])$/, '');
  }
  v = v.replace(/年$/, '');
  const a = approximate ? { approximate: true } : {};
  let m = /^(\d{3})(?:0s|0's|x|0年代)$/i.exec(v) ?? /^(\d{3})0\s?s$/i.exec(v);
  if (m) return { at: Date.UTC(Number(m[1]) * 10, 0, 1), precision: 'decade', ...a };
  m = /^(\d{4})$/.exec(v);
  if (m) return { at: Date.UTC(Number(m[1]), 0, 1), precision: 'year', ...a };
  m = /^(\d{4})-(\d{2})$/.exec(v) ?? /^(\d{4})年(\d{1,2})月$/.exec(v);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
    return { at: Date.UTC(Number(m[1]), Number(m[2]) - 1, 1), precision: 'month', ...a };
  const t = parseIsoDate(v);
  if (t !== undefined) return { at: t, precision: 'day', ...a };
  return undefined;
}

/** The end (exclusive) of the period a partial date names; +Infinity when unknown. */
export function periodEnd(d: { at?: number | null; precision: string }): number {
  if (d.at === undefined || d.at === null) return Number.POSITIVE_INFINITY;
  const t = new Date(d.at);
  const y = t.getUTCFullYear();
  if (d.precision === 'decade') return Date.UTC(y + 10, 0, 1);
  if (d.precision === 'year') return Date.UTC(y + 1, 0, 1);
  if (d.precision === 'month') return Date.UTC(y, t.getUTCMonth() + 1, 1);
  if (d.precision === 'unknown') return Number.POSITIVE_INFINITY;
  return d.at + 86_400_000;
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

export interface FieldProblem extends Reason {
  field: string;
}

export class Fields {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly row: Readonly<Record<string, string | undefined>>) {}

  get ok(): boolean {
    return this.problems.length === 0;
  }

  fail(field: string, reason: Reason): undefined {
    this.problems.push({ field, ...reason });
    return undefined;
  }

  opt(name: string): string | undefined {
    const v = this.row[name]?.trim();
    return v ? v : undefined;
  }

  req(name: string): string {
    const v = this.opt(name);
    if (v === undefined) this.fail(name, why('field.required'));
    return v ?? '';
  }

  num(name: string, o: { min?: number; max?: number; int?: boolean; required?: boolean } = {}) {
    const v = o.required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const n = Number(v.replace(/_/g, ''));
    const expected = { int: o.int ? 1 : 0, min: o.min, max: o.min === undefined ? undefined : o.max };
    if (!Number.isFinite(n) || (o.int && !Number.isInteger(n))) {
      return this.fail(name, why('number.invalid', { ...expected, got: v }));
    }
    if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) {
      return this.fail(name, why('number.out-of-range', { ...expected, got: v }));
    }
    return n;
  }

  /** An ISO 8601 date or date-time as epoch ms. */
  time(name: string, required = false): number | undefined {
    const v = required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const t = parseIsoDate(v);
    if (t === undefined) {
      return this.fail(name, why('time.invalid', { got: v }));
    }
    return t;
  }

  /**
   * A date that may be partial or missing (parsePartialDate): empty and "unknown" give precision
   * unknown; anything else that is no date is a problem naming the accepted forms.
   */
  partialDate(name: string): PartialDate | undefined {
    const v = this.opt(name) ?? '';
    const d = parsePartialDate(v);
    if (!d) {
      return this.fail(name, why('partial-date.invalid', { got: v }));
    }
    return d;
  }

  /** An ISO 8601 calendar date kept as text (yyyy-mm-dd), e.g. a birth date. */
  day(name: string): string | undefined {
    const v = this.opt(name);
    if (!v) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || parseIsoDate(v) === undefined) {
      return this.fail(name, why('day.invalid', { got: v }));
    }
    return v;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback?: T): T | undefined {
    const v = this.opt(name);
    if (!v) {
      if (fallback === undefined) return this.fail(name, why('one-of.required', { values }));
      return fallback;
    }
    const norm = v.toLowerCase().replace(/[\s_]+/g, '-');
    if ((values as readonly string[]).includes(norm)) return norm as T;
    return this.fail(name, why('one-of.invalid', { values, got: v }));
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
    if (!r.ok) return this.fail(name, why(r.code, r.params));
    return r;
  }

  /** male or female, written as such, as m/f, or as 男/女. */
  sex(name: string): Sex | undefined {
    const v = this.opt(name);
    if (!v) return undefined;
    const s = SEX_WORDS[v.toLowerCase()];
    if (s) return s;
    return this.fail(name, why('sex.invalid', { values: SEXES, got: v }));
  }

  /** A natural key of `type` that must normalise to something (a phone number needs digits). */
  key(name: string, type: EntityType, required = true): string | undefined {
    const v = required ? this.req(name) : this.opt(name);
    if (!v) return undefined;
    const k = keyOf(type, v);
    if (!k) return this.fail(name, why('key.invalid', { type, got: v }));
    return k;
  }
}
