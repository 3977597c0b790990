// Audit completeness: every Query and Mutation field that can return person data is asked, on a
// seeded network, with every field of its result selected, and every person or phone uid in the
// answer must be in the audit trail under that field's name. A field that can return person data
// is one whose result reaches a Person, a Phone or an Entity, or an ID or JSON field (ids and JSON
// documents can hold `Person:<key>` uids: job results do), through objects, interfaces, unions
// and lists. Each such field is exercised below or listed in NOT_EXERCISED with a reason; a new
// field that is neither fails the first test.
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../server/graphql/server.ts';
import { loadSeedNetwork } from '../../seeds/load.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const schema = buildApiSchema();
const PERSON_TYPES = new Set(['Person', 'Phone', 'Entity']);
const UID_SCALARS = new Set(['ID', 'JSON']);
const isPersonUid = (v: unknown): v is string =>
  typeof v === 'string' && (v.startsWith('Person:') || v.startsWith('Phone:'));

/** Whether values of this type can hold person data (memoised; cycles count as no). */
const reachMemo = new Map<string, boolean>();
function reaches(type: GraphQLNamedType): boolean {
  if (PERSON_TYPES.has(type.name) || UID_SCALARS.has(type.name)) return true;
  const known = reachMemo.get(type.name);
  if (known !== undefined) return known;
  reachMemo.set(type.name, false);
  let out = false;
  if (isAbstractType(type)) out = schema.getPossibleTypes(type).some((t) => reaches(t));
  else if (isObjectType(type))
    out = Object.values(type.getFields()).some((f) => reaches(getNamedType(f.type)));
  reachMemo.set(type.name, out);
  return out;
}

type Root = 'Query' | 'Mutation';
const rootFields = (root: Root): Array<GraphQLField<unknown, unknown>> =>
  Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields());
const personFields = (root: Root) =>
  rootFields(root)
    .filter((f) => reaches(getNamedType(f.type)))
    .map((f) => f.name);

/** Every field of a type, recursively (abstract types through `... on`), to a depth. */
function selectAll(type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) {
    return `__typename ${schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selectAll(t, depth)} }`)
      .join(' ')}`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth < 6) parts.push(`${f.name} { ${selectAll(named, depth + 1)} }`);
  }
  return parts.join(' ');
}

/** Person and phone uids anywhere in an answer. */
function uidsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (isPersonUid(value)) out.add(value);
  else if (Array.isArray(value)) for (const v of value) uidsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) uidsIn(v, out);
  return out;
}

/** Fields that can return person data and are not exercised here, with the reason. */
const NOT_EXERCISED: Record<string, string> = {
  'Query.me': 'the caller’s own account (User), not investigation data',
  'Query.users': 'accounts (User), admin only; not investigation data',
  'Query.auditEntries':
    'the audit trail itself (admin:audit): recording its reads would add an entry naming every person of each page an admin reads',
  'Query.analysisRuns':
    'community-detection runs: their params and evidence are settings and counts, no person ids',
  'Mutation.login': 'a session for the caller’s own account',
  'Mutation.createUser': 'an account',
  'Mutation.setUserDisabled': 'an account',
  'Mutation.createApiToken': 'a token of the caller’s own account',
  'Query.myApiTokens': 'the caller’s own API tokens',
  'Query.apiTokens': 'API tokens of accounts, admin only',
  'Mutation.revokeApiToken': 'an API token of an account',
  'Mutation.detectCommunities':
    'returns the job just queued: no result yet and params with no person ids (Job.params and Job.result are exercised through simulateTakedown, job and jobs)',
  'Mutation.trackGangEvolution': 'returns the job just queued (see detectCommunities)',
  'Mutation.findRepeatOffenders': 'returns the job just queued (see detectCommunities)',
  'Query.alert': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}one alert of the caller's inbox by id; the same Alert type as Query.alerts, which is exercised`,
  'Mutation.watch': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}returns the caller's new watch on the entity id they gave`,
  'Mutation.createAlertRule': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}returns the rule just made: its kind and parameters as the caller gave them`,
  'Mutation.updateAlertRule': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}returns the rule as changed by the caller`,
  'Mutation.setAlertStatus': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}returns the caller's alert with its new status (the Alert type of Query.alerts)`,
  'Mutation.alertToInvestigation': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}returns the alert and the investigation made of it (Investigation reads are exercised through saveInvestigation)`,
  'Mutation.setGeofence': `${'not yet exercised here (issue 19, session 9 left it as a gap): '}returns a site's geofence: a site and its area, no person`,
  'Mutation.ingest': 'the summary of a load the caller made: counts, files and rejects by file and line',
  'Mutation.rollbackImport': 'counts of what a roll-back removed or would remove; ingest permission only',
  'Query.imports': 'import records: files, times, the account and counts; no entity ids',
  'Query.watches':
    "not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): the caller's own watches (entity ids they chose)",
  'Query.alertRules':
    'not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): rules: kinds and parameters',
  'Query.alerts':
    "not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): the caller's alerts with their triggering records; the resolver records a read naming the persons in them",
  'Query.geofences':
    "not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): sites' protected areas, no person",
  'Query.nightSightings':
    'not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): sightings with owner and phone ids; the resolver records a read naming them',
  'Query.vehiclesAtSites':
    'not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): vehicles and sightings at several sites',
  'Query.vehiclesBeforeCases':
    'not yet exercised here (issue 19, session 9 left it as a gap: the seed holds no watches, rules, alerts or geofences to answer with): vehicles sighted before a case',
  'Mutation.cancelJob':
    'returns a job (see detectCommunities; cancelling a queued takedown is job with its params)',
};

interface Ids {
  person: string;
  phone: string;
  name: string;
  caller: string;
  callee: string;
  seller: string;
  buyer: string;
  relic: string;
  from: number;
  to: number;
  jobs: Record<string, string>;
  investigation?: string;
  pair?: [string, string];
  canonical?: string;
}

interface Case {
  root: Root;
  field: string;
  args: (ids: Ids) => string;
  /** Reads what the next cases need from the answer. */
  after?: (data: Record<string, unknown>, ids: Ids) => void;
}

const q = (field: string, args: Case['args'], after?: Case['after']): Case => ({
  root: 'Query',
  field,
  args,
  ...(after ? { after } : {}),
});
const m = (field: string, args: Case['args'], after?: Case['after']): Case => ({
  root: 'Mutation',
  field,
  args,
  ...(after ? { after } : {}),
});
const s = JSON.stringify;

/** In order: some cases make what later ones read (an investigation, a note, a merge). */
const CASES: Case[] = [
  q('entity', (i) => `(id: ${s(i.person)})`),
  q('entities', (i) => `(ids: [${s(i.person)}, ${s(i.phone)}])`),
  q('search', (i) => `(query: ${s(i.name)}, types: ["Person"])`),
  q('search', (i) => `(query: ${s(i.phone.slice('Phone:'.length))}, types: ["Phone"])`),
  q('neighbourhood', (i) => `(input: { ids: [${s(i.caller)}], hops: 2, relTypes: ["CALLS"], cap: 50 })`),
  q('neighbourhood', (i) => `(input: { ids: [${s(i.person)}], hops: 1, cap: 50 })`),
  q('contacts', (i) => `(id: ${s(i.person)})`),
  q('why', (i) => `(a: ${s(i.seller)}, b: ${s(i.buyer)})`),
  q('paths', (i) => `(input: { from: ${s(i.seller)}, to: ${s(i.buyer)} })`),
  q('timePaths', (i) => `(input: { from: ${s(i.seller)}, to: ${s(i.buyer)} })`),
  q('resaleChains', (i) => `(relicId: ${s(i.relic)})`),
  q('relicsHandled', (i) => `(personId: ${s(i.seller)})`),
  q('job', (i) => `(id: ${s(i.jobs.takedown)})`),
  q('job', (i) => `(id: ${s(i.jobs['repeat-offenders'])})`),
  q('jobs', () => `(kind: "repeat-offenders")`),
  q('communities', () => `(first: 5)`),
  q('communityGraph', () => `(first: 5)`),
  q('keyPlayers', () => `(first: 5)`),
  q('keyPlayerPage', () => `(first: 5)`),
  q('brokers', () => `(first: 20)`),
  q('repeatOffenders', (i) => `(jobId: ${s(i.jobs['repeat-offenders'])})`),
  q('evolutionReport', (i) => `(jobId: ${s(i.jobs.evolution)})`),
  q('takedownComparison', (i) => `(jobId: ${s(i.jobs.takedown)})`),
  m('simulateTakedown', (i) => `(input: { people: [${s(i.seller)}], k: 1 })`),
  m(
    'saveInvestigation',
    (i) => `(input: { name: "audit", entityIds: [${s(i.person)}, ${s(i.phone)}] })`,
    (d, i) => {
      i.investigation = (d.saveInvestigation as { id: string }).id;
    },
  ),
  m(
    'updateInvestigation',
    (i) => `(id: ${s(i.investigation)}, input: { name: "audit 2", entityIds: [${s(i.seller)}] })`,
  ),
  q('investigation', (i) => `(id: ${s(i.investigation)})`),
  q('investigations', () => ''),
  m('addNote', (i) => `(entityId: ${s(i.person)}, text: "seen at the market")`),
  q('notes', (i) => `(entityId: ${s(i.person)})`),
  m(
    'findDuplicateCandidates',
    () => '(minScore: 0.3)',
    (d, i) => {
      const c = (d.findDuplicateCandidates as { candidates: Array<{ a: { id: string }; b: { id: string } }> })
        .candidates[0]!;
      i.pair = [c.a.id, c.b.id];
    },
  ),
  q('duplicateCandidates', () => '(minScore: 0.3)'),
  m(
    'mergePersons',
    (i) => `(ids: ${s(i.pair)}, reason: "same person")`,
    (d, i) => {
      i.canonical = (d.mergePersons as { canonical: { id: string } }).canonical.id;
    },
  ),
  q('personMerge', (i) => `(id: ${s(i.canonical)})`),
  m('unmergePerson', (i) => `(id: ${s(i.canonical)})`),
];

let api: TestApi;
let admin: string;
const ids = { jobs: {} } as Ids;

async function runJob(kind: string, params: Record<string, unknown>): Promise<string> {
  const job = await api.services.jobs().submit(kind, params, 'audit-completeness');
  for (;;) {
    const now = await api.services.jobs().get(job.id);
    if (now.status === 'succeeded') return job.id;
    if (now.status === 'failed' || now.status === 'cancelled') throw new Error(`${kind}: ${now.error}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await loadSeedNetwork(api.services.db(), { people: 200, seed: 7 });
  admin = await api.tokenFor('admin');
  const [row] = await api.services.db().read('tests/audit/completeness-ids');
  Object.assign(ids, row);
  ids.jobs.communities = await runJob('communities', {});
  ids.jobs.takedown = await runJob('takedown', { strategies: ['degree'], k: 2 });
  ids.jobs['repeat-offenders'] = await runJob('repeat-offenders', { minCases: 1 });
  ids.jobs.evolution = await runJob('evolution', {
    from: ids.from,
    to: ids.to + 1,
    windowDays: Math.max(1, (ids.to - ids.from) / 86_400_000 / 2),
  });
}, 600_000);
afterAll(() => api?.close());

describe('audit completeness', () => {
  it('exercises or lists (with a reason) every Query and Mutation field that can return person data', () => {
    const exercised = new Set(CASES.map((c) => `${c.root}.${c.field}`));
    const reachable = [
      ...personFields('Query').map((f) => `Query.${f}`),
      ...personFields('Mutation').map((f) => `Mutation.${f}`),
    ];
    const unclassified = reachable.filter((f) => !exercised.has(f) && !(f in NOT_EXERCISED));
    expect(unclassified, 'fields that can return person data: add a case or a reason').toEqual([]);
    const stale = [...exercised, ...Object.keys(NOT_EXERCISED)].filter((f) => !reachable.includes(f));
    expect(stale, 'listed fields that no longer return person data').toEqual([]);
  });

  it.each(CASES.map((c, n) => [`${c.root}.${c.field} #${n}`, c] as const))(
    '%s: every person and phone uid in the answer is in the audit trail',
    async (_name, c) => {
      const root = c.root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const field = root.getFields()[c.field]!;
      const named = getNamedType(field.type);
      const selection = isLeafType(named) ? '' : `{ ${selectAll(named, 1)} }`;
      const text = `${c.root === 'Query' ? 'query' : 'mutation'} { ${c.field}${c.args(ids)} ${selection} }`;
      const since = Date.now();
      const res = await api.gql<Record<string, unknown>>(text, {}, admin);
      expect(res.errors, text).toBeUndefined();
      c.after?.(res.data!, ids);
      const answered = uidsIn(res.data);
      expect(answered.size, `${c.field} answered no person data: ${text}`).toBeGreaterThan(0);
      const entries = await api.services.audit.list({ operation: c.field, from: since }, null, 100);
      const recorded = new Set(entries.flatMap((e) => e.entityIds));
      expect(
        [...answered].filter((u) => !recorded.has(u)),
        `unaudited uids of ${c.field}`,
      ).toEqual([]);
    },
  );

  it('records the persons and phones of an answer that selects no id', async () => {
    const cases = [
      [
        `{ search(query: ${s(ids.name)}, types: ["Person"]) { items { entity { label } } } }`,
        'search',
        'Person:',
      ],
      [
        `{ neighbourhood(input: { ids: [${s(ids.caller)}], hops: 2, relTypes: ["CALLS"] }) { nodes { label } } }`,
        'neighbourhood',
        'Phone:',
      ],
      [`{ keyPlayers(first: 3) { pagerank } }`, 'keyPlayers', 'Person:'],
    ] as const;
    for (const [text, operation, prefix] of cases) {
      const since = Date.now();
      const res = await api.gql(text, {}, admin);
      expect(res.errors, text).toBeUndefined();
      const entries = await api.services.audit.list({ operation, from: since }, null, 100);
      expect(
        entries.flatMap((e) => e.entityIds).some((u) => u.startsWith(prefix)),
        text,
      ).toBe(true);
    }
  });
});
