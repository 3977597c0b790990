import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { PLANTED, writeFixture } from '../db/resolution-fixture.ts';

let api: TestApi;
let admin: string;
let analyst: string;
let detective: string;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await writeFixture(api.services.db());
  admin = await api.tokenFor('admin');
  analyst = await api.tokenFor('analyst');
  detective = await api.tokenFor('detective');
});
afterAll(() => api?.close());

const DETECT = `mutation($min: Float) { findDuplicateCandidates(minScore: $min) {
  personsScanned stored candidates { id score a { id name } b { id name } evidence { kind detail weight } } } }`;
const LIST = `query($status: DuplicateStatus, $first: Int, $after: String) {
  duplicateCandidates(status: $status, first: $first, after: $after) {
    items { id score status a { id sources } b { id } evidence { kind } } nextCursor } }`;
const MERGE = `mutation($ids: [ID!]!, $reason: String!, $name: String) {
  mergePersons(ids: $ids, reason: $reason, name: $name) {
    canonical { id name aliases mergedInto sources }
    members { person { id mergedInto sources } by reason } } }`;
const UNMERGE = `mutation($id: ID!) { unmergePerson(id: $id) { id mergedInto } }`;
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors?.[0]?.extensions?.code;

interface Detect {
  findDuplicateCandidates: {
    personsScanned: number;
    stored: number;
    candidates: Array<{
      id: string;
      a: { id: string };
      b: { id: string };
      evidence: Array<{ kind: string }>;
    }>;
  };
}
interface Merge {
  mergePersons: {
    canonical: { id: string; name: string; aliases: string[]; mergedInto: string | null; sources: string[] };
    members: Array<{ person: { id: string; mergedInto: string | null }; by: string; reason: string }>;
  };
}

describe('entity resolution API', () => {
  it('lets an analyst run detection and a detective list the candidates, with evidence and persons', async () => {
    expect(code(await api.gql(DETECT, {}))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(DETECT, {}, detective))).toBe('FORBIDDEN');
    const run = await api.gql<Detect>(DETECT, { min: 0.6 }, analyst);
    expect(run.errors).toBeUndefined();
    const found = run.data!.findDuplicateCandidates;
    expect(found.candidates.map((c) => [c.a.id, c.b.id])).toEqual(PLANTED.map((p) => [...p]));
    expect(found.candidates[1]!.evidence.map((e) => e.kind)).toEqual(['same-imei']);

    const page1 = await api.gql<{
      duplicateCandidates: {
        items: Array<{ id: string; a: { id: string; sources: string[] } }>;
        nextCursor: string;
      };
    }>(LIST, { first: 3 }, detective);
    expect(page1.data!.duplicateCandidates.items).toHaveLength(3);
    expect(page1.data!.duplicateCandidates.items[0]!.a).toEqual({
      id: 'Person:li-1',
      sources: ['persons.csv#7'],
    });
    const page2 = await api.gql<{ duplicateCandidates: { items: Array<{ id: string }>; nextCursor: null } }>(
      LIST,
      { first: 3, after: page1.data!.duplicateCandidates.nextCursor },
      detective,
    );
    expect(page2.data!.duplicateCandidates.items.map((c) => c.id)).toEqual([found.candidates[3]!.id]);
    expect(page2.data!.duplicateCandidates.nextCursor).toBeNull();
    expect(code(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');

    // Listing candidates is a read of person data: it is in the audit trail.
    const auditQ = await api.gql<{ auditEntries: { items: Array<{ kind: string; entityIds: string[] }> } }>(
      '{ auditEntries(operation: "duplicateCandidates", first: 10) { items { kind entityIds } } }',
      {},
      admin,
    );
    expect(auditQ.errors).toBeUndefined();
    expect(auditQ.data!.auditEntries.items[0]?.kind).toBe('read');
    expect(auditQ.data!.auditEntries.items.flatMap((e) => e.entityIds)).toContain('Person:li-1');
  });

  it('merges only for admins, and un-merges back', async () => {
    const vars = { ids: ['Person:wang-1', 'Person:wang-2'], reason: 'same person per ID photo' };
    expect(code(await api.gql(MERGE, vars))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(MERGE, vars, analyst))).toBe('FORBIDDEN');
    expect(code(await api.gql(MERGE, vars, detective))).toBe('FORBIDDEN');
    const res = await api.gql<Merge>(MERGE, { ...vars, name: 'Wang Lei' }, admin);
    expect(res.errors).toBeUndefined();
    const m = res.data!.mergePersons;
    expect(m.canonical.name).toBe('Wang Lei');
    expect(m.canonical.mergedInto).toBeNull();
    expect(m.canonical.sources.sort()).toEqual(['persons.csv#2', 'persons.csv#3']);
    expect(m.members.map((x) => [x.person.id, x.person.mergedInto, x.reason])).toEqual([
      ['Person:wang-1', m.canonical.id, 'same person per ID photo'],
      ['Person:wang-2', m.canonical.id, 'same person per ID photo'],
    ]);
    const view = await api.gql<{ personMerge: { members: Array<{ person: { id: string } }> } }>(
      'query($id: ID!) { personMerge(id: $id) { members { person { id } } } }',
      { id: m.canonical.id },
      detective,
    );
    expect(view.data!.personMerge.members.map((x) => x.person.id)).toEqual([
      'Person:wang-1',
      'Person:wang-2',
    ]);
    const merged = await api.gql<{ duplicateCandidates: { items: Array<{ status: string }> } }>(
      LIST,
      { status: 'merged' },
      detective,
    );
    expect(merged.data!.duplicateCandidates.items.map((c) => c.status)).toEqual(['merged']);

    expect(code(await api.gql(UNMERGE, { id: m.canonical.id }, analyst))).toBe('FORBIDDEN');
    const un = await api.gql<{ unmergePerson: Array<{ id: string; mergedInto: string | null }> }>(
      UNMERGE,
      { id: m.canonical.id },
      admin,
    );
    expect(un.errors).toBeUndefined();
    expect(un.data!.unmergePerson.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'Person:wang-1', mergedInto: null },
      { id: 'Person:wang-2', mergedInto: null },
    ]);
    expect(
      code(await api.gql('query($id: ID!) { entity(id: $id) { id } }', { id: m.canonical.id }, admin)),
    ).toBe('NOT_FOUND');
    const open = await api.gql<{ duplicateCandidates: { items: Array<{ a: { id: string } }> } }>(
      LIST,
      {},
      detective,
    );
    expect(open.data!.duplicateCandidates.items.map((c) => c.a.id)).toContain('Person:wang-1');
  });

  it('refuses bad merges with BAD_USER_INPUT or NOT_FOUND naming the field', async () => {
    const err = async (vars: Record<string, unknown>) => {
      const res = await api.gql(MERGE, { reason: 'r', ...vars }, admin);
      return { code: code(res), message: res.errors?.[0]?.message ?? '' };
    };
    expect(await err({ ids: ['Person:wang-1', 'Person:ghost'] })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^ids\[1\]: no entity with uid "Person:ghost"/),
    });
    expect(await err({ ids: ['Person:wang-1', 'Person:wang-1'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^ids\[1\]:.*merged with itself/),
    });
    expect(await err({ ids: ['Person:wang-1', 'Vehicle:JA12345'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^ids\[1\]: Vehicle:JA12345 is a Vehicle/),
    });
    expect(await err({ ids: ['Person:wang-1'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^ids: expected at least two/),
    });
    const un = await api.gql(UNMERGE, { id: 'Person:wang-1' }, admin);
    expect(code(un)).toBe('BAD_USER_INPUT');
    expect(un.errors?.[0]?.message).toMatch(/^id: Person:wang-1 is an original record/);
    expect(code(await api.gql(UNMERGE, { id: 'Person:ghost' }, admin))).toBe('NOT_FOUND');
  });

  it('records merges as changes in the audit trail', async () => {
    const res = await api.gql<Merge>(
      MERGE,
      { ids: ['Person:li-1', 'Person:li-2'], reason: 'same ID number' },
      admin,
    );
    const canonical = res.data!.mergePersons.canonical.id;
    const audit = await api.gql<{
      auditEntries: { items: Array<{ operation: string; kind: string; entityIds: string[]; count: number }> };
    }>(
      '{ auditEntries(operation: "mergePersons", first: 100) { items { operation kind entityIds count } } }',
      {},
      admin,
    );
    expect(audit.errors).toBeUndefined();
    const entry = audit.data!.auditEntries.items.find(
      (e) => e.operation === 'mergePersons' && e.entityIds.includes(canonical),
    );
    expect(entry).toMatchObject({ kind: 'change', count: 2 });
    expect(entry!.entityIds).toEqual(expect.arrayContaining(['Person:li-1', 'Person:li-2']));
  });
});
