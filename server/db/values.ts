// Conversion between Neo4j driver values and plain JSON-ready values, both ways.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };
/** A result row as services see it. */
export type Row = Record<string, Plain>;
/** Statement parameters, before toParam. */
export type Params = Record<string, unknown>;

/**
 * Driver value → plain value: Integers become numbers, temporals ISO strings, graph types objects.
 * Lists and maps are converted in place: the driver decodes fresh ones for every record, and only
 * the Db methods, which hand the result on, ever see them (a copy of a drawn neighbourhood's few
 * hundred lists cost more than converting it).
 */
export function toPlain(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (needsConversion(x)) v[i] = toPlain(x);
    }
    return v as Plain[];
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const map = v as Record<string, unknown>;
    for (const k in map) if (needsConversion(map[k])) map[k] = toPlain(map[k]);
    return map as Record<string, Plain>;
  }
  if (isInt(v)) return (v as neo4j.Integer).toNumber();
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v)) {
    return String(v);
  }
  if (isPoint(v)) {
    const p = v as neo4j.Point;
    return { x: toPlain(p.x), y: toPlain(p.y), srid: toPlain(p.srid) };
  }
  if (isNode(v)) {
    const n = v as neo4j.Node;
    return { id: n.elementId, labels: n.labels, properties: toPlain(n.properties) };
  }
  if (isRelationship(v)) {
    const r = v as neo4j.Relationship;
    return {
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: toPlain(r.properties),
    };
  }
  if (isPath(v)) {
    const p = v as neo4j.Path;
    return {
      nodes: [toPlain(p.start), ...p.segments.map((s) => toPlain(s.end))],
      relationships: p.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (typeof v === 'object') {
    const out: Record<string, Plain> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x);
    return out;
  }
  return String(v);
}

/**
 * Plain value → driver parameter. JavaScript numbers that are whole become Neo4j Integers, so
 * LIMIT/SKIP accept them and counts are stored as integers rather than floats.
 */
/** Whether toPlain would give something other than the value itself. */
function needsConversion(x: unknown): boolean {
  return x === undefined || typeof x === 'bigint' || (typeof x === 'object' && x !== null);
}

export function toParam(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toParam);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toParam(x);
    return out;
  }
  return v;
}
