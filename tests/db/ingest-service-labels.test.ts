// No data file plants anything the service uses (issue 15, "data that becomes privileges"): a
// neo4j-admin directory, CSV layouts, FollowTheMoney lines, call records and the GraphQL ingest
// mutation that try every label, relationship type and property of the service (generated from
// server/features/model/service-names.ts) create or change no node or relationship of the
// service, cannot collide with its nodes' identifiers, plant no working login, still load their
// valid data (service names moved into the data namespace), and the report says why for each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import { ingestPath, parseCdrMapping, type Reject } from '../../server/features/ingest/index.ts';
import {
  CANONICAL_KEY_PREFIX,
  DERIVED_RELATIONSHIP_TYPES,
  SERVICE_LABEL_PREFIXES,
  SERVICE_LABELS,
  SERVICE_PROPERTIES,
  SERVICE_RELATIONSHIP_TYPES,
  dataLabel,
  dataProperty,
  dataType,
} from '../../server/features/model/service-names.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { openTestDb, resetData } from '../support/db.ts';
import { ROOT } from '../support/process.ts';

const FIX = path.join(ROOT, 'tests/fixtures/ingest/service-names');
/** The password whose bcrypt hash the seized User and Person files carry. */
const PLANTED = { username: 'planted-admin', password: 'planted-password-1' };
const CANONICAL = `${CANONICAL_KEY_PREFIX}0123456789abcdef`;

const LABELS = [...Object.keys(SERVICE_LABELS), `${SERVICE_LABEL_PREFIXES[0]}Future`];
const TYPES = [...Object.keys(SERVICE_RELATIONSHIP_TYPES), ...Object.keys(DERIVED_RELATIONSHIP_TYPES)];
const PROPS = Object.keys(SERVICE_PROPERTIES);

let db: Db;
let tmp: string;
beforeAll(async () => {
  db = await openTestDb();
  await resetData(db);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-service-labels-'));
});
afterAll(async () => {
  await db.autoCommit('queries/testing/delete-service-probes');
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Everything of the service in the graph: its nodes and relationships with all their properties. */
async function serviceGraph(opts: { audit: boolean }) {
  // Import is left out: every ingest run records itself as one (server/features/imports).
  const labels = (opts.audit ? LABELS : LABELS.filter((l) => !l.startsWith('Audit'))).filter(
    (l) => l !== 'Import',
  );
  const nodes = await db.read('queries/testing/list-service-nodes', {
    labels,
    prefixes: opts.audit ? [...SERVICE_LABEL_PREFIXES] : [],
  });
  // CALLS is left out: the service derives it from the call records these files load as well
  // (checked on its own below).
  const rels = await db.read('queries/testing/list-service-relationships', {
    types: Object.keys(SERVICE_RELATIONSHIP_TYPES),
  });
  return { nodes, rels };
}

const counts = async (name: string, key: string) =>
  Object.fromEntries(
    (await db.read(`queries/ingest/checks/${name}`)).map((r) => [r[key], r.count]),
  ) as Record<string, number>;

const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(',')).join('\n') + '\n';

function write(dir: string, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A neo4j-admin directory: the seized accounts of the fixture plus every service name. */
function adminDir(): string {
  const dir = path.join(tmp, 'seized');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(FIX)) fs.copyFileSync(path.join(FIX, f), path.join(dir, f));
  return write(dir, {
    'seized.nodes.Probe.csv': csv([
      ['id:ID', ':LABEL', 'name'],
      ...LABELS.map((l) => [`probe-${l}`, l, `probe of ${l}`]),
      ['probe-many', `Officer;${LABELS.join(';')}`, 'many labels'],
    ]),
    'seized.nodes.Phone.csv': csv([
      ['id:ID', 'phoneNo'],
      ['ph1', '+8613800000001'],
      ['ph2', '+8613800000002'],
    ]),
    // Every service property on a record kept as it is (Officer) and on a modelled one (Person).
    'seized.nodes.Props.csv': csv([
      ['pid:ID', ':LABEL', 'name', ...PROPS],
      ['o1', 'Officer', 'Officer with service properties', ...PROPS.map((p) => `planted-${p}-o1`)],
      ['p3', 'Person', 'Person with service properties', ...PROPS.map((p) => `planted-${p}-p3`)],
    ]),
    'seized.relationships.Service.csv': csv([
      [':START_ID', ':END_ID', ':TYPE', ...PROPS],
      ...TYPES.map((t) => ['p1', 'p2', t, ...PROPS.map((p) => `planted-${p}-${t}`)]),
      ['ph1', 'ph2', 'CALLS', ...PROPS.map(() => '')],
      ['o1', 'probe-User', 'MERGED_INTO', ...PROPS.map(() => '')],
    ]),
  });
}

type ReportRow = Omit<Reject, 'code' | 'params'>;

function reportRows(dir: string): ReportRow[] {
  return (
    parse(fs.readFileSync(path.join(dir, 'rejects.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[]
  ).map((r) => ({ file: r.file!, line: Number(r.line), field: r.field!, reason: r.reason! }));
}

const says = (rows: readonly ReportRow[], field: string, text: string) =>
  rows.some((r) => r.field === field && r.reason.includes(text));

describe('files that try every service name', () => {
  it('create or change nothing of the service, load their data, and say why', async () => {
    const probes = await db.write('queries/testing/create-service-probes', {
      labels: LABELS,
      key: 'seized/u1',
    });
    expect(probes[0]?.created).toBe(LABELS.length);
    // A canonical person of entity resolution, made by the service's own statement.
    await ingestPath(
      db,
      write(path.join(tmp, 'members'), {
        'persons.csv': csv([
          ['id', 'name'],
          ['M-1', 'Zhao Yun'],
          ['M-2', 'Zhao Y.'],
        ]),
      }),
    );
    const merged = await db.write('queries/resolution/create-canonical', {
      canonical: {
        uid: `Person:${CANONICAL}`,
        key: CANONICAL,
        props: { name: 'Zhao Yun', mergedFrom: ['Person:M-1', 'Person:M-2'] },
      },
      members: ['Person:M-1', 'Person:M-2'],
      by: 'test',
      at: 1,
      reason: 'test',
    });
    expect(merged).toHaveLength(1);
    const before = await serviceGraph({ audit: true });
    // The probes, the canonical person, and the migrations' bookkeeping.
    expect(before.nodes.length).toBeGreaterThanOrEqual(LABELS.length + 1);

    const admin = await ingestPath(db, adminDir(), { reportDir: path.join(tmp, 'r-admin') });
    const layouts = await ingestPath(
      db,
      write(path.join(tmp, 'layouts'), {
        'links.csv': csv([
          ['type', 'from', 'to'],
          ...TYPES.map((t) => [t, 'P-1', 'P-2']),
          ['ASSOCIATE_OF', 'P-1', 'P-2'],
          ['PARTY_TO', CANONICAL, 'C-1'],
        ]),
        'persons.csv': csv([
          ['id', 'name'],
          ['P-1', 'Chen Bo'],
          ['P-2', 'Chen Li'],
          [CANONICAL, 'Planted over the merged person'],
        ]),
      }),
      { reportDir: path.join(tmp, 'r-layouts') },
    );
    const ftm = await ingestPath(
      db,
      write(path.join(tmp, 'ftm'), {
        'seized.jsonl': [
          ...LABELS.map((l) =>
            JSON.stringify({
              id: `ftm-${l}`,
              schema: l,
              properties: { username: [PLANTED.username], role: ['admin'], passwordHash: ['x'] },
            }),
          ),
          JSON.stringify({ id: CANONICAL, schema: 'Person', properties: { name: ['Planted'] } }),
          JSON.stringify({
            id: 'ftm-ok',
            schema: 'Person',
            properties: { name: ['Sun Mei'], role: ['admin'] },
          }),
        ].join('\n'),
      }),
      { reportDir: path.join(tmp, 'r-ftm') },
    );
    const cdr = await ingestPath(
      db,
      write(path.join(tmp, 'cdr'), {
        'cdr.csv': csv([
          ['a', 'b', 't', 'role'],
          ['+8613800000001', '+8613800000003', '2024-05-01T10:00:00Z', 'admin'],
        ]),
      }),
      { mapping: parseCdrMapping({ from: 'a', to: 'b', start: 't' }), reportDir: path.join(tmp, 'r-cdr') },
    );
    for (const s of [admin, layouts, ftm, cdr]) expect(s.files.filter((f) => f.refused)).toEqual([]);

    // Nothing of the service was created or changed (its nodes, their properties, its relationships).
    expect(await serviceGraph({ audit: true })).toEqual(before);

    // The valid data landed, service names moved into the data namespace.
    const labels = await counts('count-labels', 'label');
    for (const l of LABELS) expect(labels[dataLabel(l)], dataLabel(l)).toBeGreaterThanOrEqual(1);
    const types = await counts('count-relationship-types', 'type');
    for (const t of TYPES) expect(types[dataType(t)], dataType(t)).toBeGreaterThanOrEqual(1);
    expect(types.ASSOCIATE_OF).toBe(2); // KNOWS of the seized file and ASSOCIATE_OF of links.csv
    expect(types.CALLS).toBe(1); // derived from the call record only
    const calls = await db.read('queries/testing/list-service-relationships', { types: ['CALLS'] });
    expect(calls.map((r) => r.props)).toEqual([
      expect.objectContaining({ count: 1, sources: ['derived:calls'] }),
    ]);
    const [p1, p3, o1, user, ok] = await db
      .read('queries/resolution/get-entities', {
        uids: [
          'Person:seized/p1',
          'Person:seized/p3',
          'Officer:seized/o1',
          'Src_User:seized/u1',
          'Person:ftm-ok',
        ],
      })
      .then((rows) =>
        [
          'Person:seized/p1',
          'Person:seized/p3',
          'Officer:seized/o1',
          'Src_User:seized/u1',
          'Person:ftm-ok',
        ].map((uid) => rows.find((r) => r.uid === uid)?.props as Record<string, unknown> | undefined),
      );
    expect(p1).toMatchObject({
      name: 'Wang Lei',
      src_role: 'admin',
      src_passwordHash: expect.stringMatching(/^\$2b\$/),
    });
    expect(p1).not.toHaveProperty('role');
    expect(p1).not.toHaveProperty('passwordHash');
    expect(user).toMatchObject({ username: PLANTED.username, src_role: 'admin' });
    expect(ok).toMatchObject({ name: 'Sun Mei' });
    for (const [node, row] of [
      [p3, 'p3'],
      [o1, 'o1'],
    ] as const) {
      for (const p of PROPS) expect(node?.[dataProperty(p)], `${row} ${p}`).toBe(`planted-${p}-${row}`);
      expect(node?.uid).toBe(row === 'p3' ? 'Person:seized/p3' : 'Officer:seized/o1');
      expect(node?.key).toBe(`seized/${row}`);
      expect(node?.sources).toEqual([expect.stringMatching(/^seized\.nodes\.Props\.csv#\d+$/)]);
    }

    // The report says why for every name.
    const rows = [
      ...reportRows(admin.reportDir!),
      ...reportRows(layouts.reportDir!),
      ...reportRows(ftm.reportDir!),
    ];
    for (const l of LABELS) {
      expect(says(rows, ':LABEL', `${l} is a label the service uses`), l).toBe(true);
      expect(says(rows, 'schema', `schema ${l} has no place in the model`), `FtM ${l}`).toBe(true);
    }
    for (const t of TYPES) {
      expect(says(rows, ':TYPE', `${t} is a relationship type the service uses`), t).toBe(true);
      expect(says(rows, 'type', `got "${t}", a relationship type the service uses`), `links ${t}`).toBe(true);
    }
    for (const p of PROPS) expect(says(rows, p, `${p} is a property the service uses`), p).toBe(true);
    const merges = rows.filter((r) => r.reason.includes('names a merged person the service created'));
    expect(merges.map((r) => `${r.file}:${r.field}`).sort()).toEqual(
      ['links.csv:from', 'persons.csv:id', 'seized.jsonl:id'].sort(),
    );
    expect(layouts.rejected).toBe(TYPES.length + 2);
    expect(ftm.rejected).toBe(LABELS.length + 1);
    expect(cdr.accepted).toBe(1);
    await db.autoCommit('queries/testing/delete-service-probes');
  });
});

describe('the GraphQL ingest mutation and logins', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses service names in batches the same way', async () => {
    const token = await api.tokenFor('admin');
    const before = await serviceGraph({ audit: false });
    const ingest = async (format: string, text: string) => {
      const res = await api.gql<{ ingest: { accepted: number; rejected: number; rejects: Reject[] } }>(
        'mutation($f: IngestFormat!, $s: String!, $t: String!) { ingest(format: $f, source: $s, text: $t) { accepted rejected rejects { file line field reason } } }',
        { f: format, s: `api-${format}`, t: text },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.ingest;
    };
    const links = await ingest(
      'links',
      csv([['type', 'from', 'to'], ...TYPES.map((t) => [t, 'A-1', 'A-2']), ['ASSOCIATE_OF', 'A-1', 'A-2']]),
    );
    expect(links).toMatchObject({ accepted: 1, rejected: TYPES.length });
    for (const t of TYPES)
      expect(says(links.rejects, 'type', `got "${t}", a relationship type the service uses`), t).toBe(true);
    const persons = await ingest(
      'persons',
      csv([
        ['id', 'name'],
        [CANONICAL, 'Planted'],
        ['A-3', 'Fine'],
      ]),
    );
    expect(persons).toMatchObject({ accepted: 1, rejected: 1 });
    expect(says(persons.rejects, 'id', 'names a merged person the service created')).toBe(true);
    const ftm = await ingest(
      'ftm',
      LABELS.map((l) =>
        JSON.stringify({ id: `api-${l}`, schema: l, properties: { username: [PLANTED.username] } }),
      ).join('\n'),
    );
    expect(ftm).toMatchObject({ accepted: 0, rejected: LABELS.length });
    expect(await serviceGraph({ audit: false })).toEqual(before);
  });

  it('has no login for the credentials the seized files carried', async () => {
    // The attack as shipped: seized.nodes.User.csv (username, role=admin, passwordHash).
    const seized = await ingestPath(db, FIX);
    expect(seized).toMatchObject({ records: 5, accepted: 5, rejected: 0 });
    const res = await api.gql(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: PLANTED.username, p: PLANTED.password },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
