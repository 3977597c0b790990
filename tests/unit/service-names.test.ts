// The one list of names the service uses (server/features/model/service-names.ts) is complete:
// every label and relationship type any statement under cypher/ uses is either the data model's or
// on that list, and everything on the list is still used. A new service label, or a type, added to
// a .cypher file without adding it to the list fails here, so ingest cannot be left writing it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../../server/features/model/model.ts';
import {
  DERIVED_RELATIONSHIP_TYPES,
  SERVICE_LABELS,
  SERVICE_PROPERTIES,
  SERVICE_RELATIONSHIP_TYPES,
  SHARED_RELATIONSHIP_TYPES,
  dataLabel,
  dataProperty,
  dataType,
} from '../../server/features/model/service-names.ts';
import { ROOT } from '../support/process.ts';

/** Cypher without comments and string literals (backticked names keep their text). */
function code(text: string): string {
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      i += 1;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i += 1;
      out += "''";
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      out += text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * Labels (PascalCase) and relationship types (UPPER_SNAKE) named in a statement: `n:Label`,
 * `(:A:B)`, `n:A|B`, `[r:TYPE]`, `[:A|B]`. A map entry (`{key: value}`) has a space after its colon
 * and lower-case values; it is not taken for a label.
 */
function namesIn(text: string): { labels: Set<string>; types: Set<string> } {
  const labels = new Set<string>();
  const types = new Set<string>();
  const name = '[A-Za-z_][A-Za-z0-9_]*';
  const expr = new RegExp(`(?<=[\\w()\\[\\]]):(${name}(?:\\s*[|&]\\s*:?${name})*)`, 'g');
  for (const m of code(text).matchAll(expr)) {
    for (const n of m[1]!.split(/\s*[|&]\s*:?/)) {
      if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(n) && n.length > 1) types.add(n);
      else if (/^[A-Z]/.test(n)) labels.add(n);
    }
  }
  return { labels, types };
}

function cypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? cypherFiles(path.join(dir, e.name))
        : e.name.endsWith('.cypher')
          ? [path.join(dir, e.name)]
          : [],
    );
}

const CYPHER = path.join(ROOT, 'cypher');
const rel = (f: string) => path.relative(CYPHER, f).split(path.sep).join('/');
/** Statements of tests only, and checks of imported datasets (POLE's Officer, CURRENT_ADDRESS, ...). */
const exempt = (f: string) =>
  /^queries\/testing\//.test(rel(f)) ||
  /(^|\/)test-[^/]*\.cypher$/.test(rel(f)) ||
  /^queries\/ingest\/checks\//.test(rel(f));

const DATA_LABELS = new Set<string>(['Entity', ...ENTITY_TYPES]);
const DATA_TYPES = new Set<string>(
  RELATIONSHIP_TYPES.map(([t]) => t).filter((t) => !(t in DERIVED_RELATIONSHIP_TYPES)),
);
const SERVICE_TYPES = new Set<string>([
  ...Object.keys(SERVICE_RELATIONSHIP_TYPES),
  ...Object.keys(DERIVED_RELATIONSHIP_TYPES),
]);

describe('namesIn', () => {
  it('finds labels and types in patterns, not in comments, strings or map entries', () => {
    const { labels, types } = namesIn(
      [
        '// (:InComment)-[:IN_COMMENT]->()',
        'MATCH (a:Entity:Person {uid: $uid})-[r:USES|OWNS]->(b:`Relic`), (c:Phone|Vehicle)',
        "WHERE a.name = ':NotALabel' AND NOT b:Relic AND c:Site&Case",
        'MERGE (a)-[:FROM]->(x) SET x:Call, x += {key:row.key}',
      ].join('\n'),
    );
    expect([...labels].sort()).toEqual([
      'Call',
      'Case',
      'Entity',
      'Person',
      'Phone',
      'Relic',
      'Site',
      'Vehicle',
    ]);
    expect([...types].sort()).toEqual(['FROM', 'OWNS', 'USES']);
  });
});

describe('the service names list', () => {
  const files = cypherFiles(CYPHER);
  const used = { labels: new Map<string, string>(), types: new Map<string, string>() };
  for (const f of files.filter((x) => !exempt(x))) {
    const names = namesIn(fs.readFileSync(f, 'utf8'));
    for (const l of names.labels) if (!used.labels.has(l)) used.labels.set(l, rel(f));
    for (const t of names.types) if (!used.types.has(t)) used.types.set(t, rel(f));
  }

  it('reads the statements (a scan that finds nothing could not fail)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(used.labels.get('User')).toBeDefined();
    expect(used.types.get('MERGED_INTO')).toBeDefined();
  });

  it('holds every label of cypher/ that is not the data model', () => {
    const missing = [...used.labels]
      .filter(([l]) => !DATA_LABELS.has(l) && !(l in SERVICE_LABELS))
      .map(([l, f]) => `${l} (${f})`);
    expect(missing, 'add these to SERVICE_LABELS in server/features/model/service-names.ts').toEqual([]);
  });

  it('holds every relationship type of cypher/ that is not the data model', () => {
    const missing = [...used.types]
      .filter(([t]) => !DATA_TYPES.has(t) && !SERVICE_TYPES.has(t))
      .map(([t, f]) => `${t} (${f})`);
    expect(
      missing,
      'add these to SERVICE_RELATIONSHIP_TYPES in server/features/model/service-names.ts',
    ).toEqual([]);
  });

  it('names only what cypher/ uses, and nothing of the data model', () => {
    expect(Object.keys(SERVICE_LABELS).filter((l) => !used.labels.has(l))).toEqual([]);
    expect([...SERVICE_TYPES].filter((t) => !used.types.has(t))).toEqual([]);
    expect(Object.keys(SERVICE_LABELS).filter((l) => DATA_LABELS.has(l))).toEqual([]);
    // MEMBER_OF is both (Person→Community of a run, Person→Group of affiliation data): declared so.
    expect(
      Object.keys(SERVICE_RELATIONSHIP_TYPES).filter(
        (t) => DATA_TYPES.has(t) && !SHARED_RELATIONSHIP_TYPES.has(t),
      ),
    ).toEqual([]);
  });

  it('holds every property the ingest statements set themselves', () => {
    const set = new Set<string>();
    for (const f of files.filter((x) => /^queries\/ingest\/merge-/.test(rel(x)))) {
      for (const m of code(fs.readFileSync(f, 'utf8')).matchAll(/\b[a-z]\w*\.(\w+)\s*=[^~]/g)) set.add(m[1]!);
    }
    expect(set.size).toBeGreaterThan(3);
    expect([...set].filter((p) => !(p in SERVICE_PROPERTIES))).toEqual([]);
  });

  it('moves each name into the data namespace, and leaves data names alone', () => {
    expect(dataLabel('User')).toBe('Src_User');
    expect(dataLabel('AuditAnything')).toBe('Src_AuditAnything');
    expect(dataLabel('Officer')).toBe('Officer');
    expect(dataType('MERGED_INTO')).toBe('SRC_MERGED_INTO');
    expect(dataType('CALLS')).toBe('SRC_CALLS');
    expect(dataType('KNOWS')).toBe('KNOWS');
    expect(dataProperty('passwordHash')).toBe('src_passwordHash');
    expect(dataProperty('toString')).toBe('toString');
    expect(dataProperty('name')).toBe('name');
  });
});
