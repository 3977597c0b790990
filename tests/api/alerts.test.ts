// Geofences, watchlists and alerts through the real API and the real ingest pipeline: a watched
// plate sighted in a site's geofence at night raises exactly one alert naming the sighting record;
// the same file again raises none; a relic sold again raises a resurfacing alert; a rule change
// applies to the next ingest; alerts are private to their owner; only admins share rules.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { resetData } from '../support/db.ts';
import { startTestApi, type TestApi } from '../support/api.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/alerts');
const file = (f: string) => path.join(FIXTURES, f);
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await resetData(api.services.db());
  await ingestPath(api.services.db(), file('sites.csv'));
});
afterAll(() => api.close());

type Gql = Awaited<ReturnType<TestApi['gql']>>;
const ok = <T>(r: { data?: T; errors?: Gql['errors'] }): T => {
  expect(r.errors).toBeUndefined();
  return r.data!;
};

const ALERTS = `query($status: AlertStatus) { alerts(status: $status) { items { id ruleKind status recordIds sources detail shared } } }`;
const CREATE = `mutation($input: AlertRuleInput!) { createAlertRule(input: $input) { id kind params shared } }`;
const COUNT = `{ alertCount }`;
type AlertItem = {
  id: string;
  ruleKind: string;
  status: string;
  recordIds: string[];
  sources: string[];
  detail: Record<string, unknown>;
  shared: boolean;
};
const inbox = async (token: string) =>
  ok(await api.gql<{ alerts: { items: AlertItem[] } }>(ALERTS, {}, token)).alerts.items;

describe('alerts', () => {
  let detective: string;
  let ruleId: string;

  it('builds each site geofence from its protection level', async () => {
    const admin = await api.tokenFor('admin');
    const g = ok(
      await api.gql<{
        geofences: { items: Array<{ siteId: string; radiusMeters: number; timeZone: string; kind: string }> };
      }>(
        `{ geofences { items { siteId radiusMeters timeZone kind protectionLevel center { latitude longitude } } } }`,
        {},
        admin,
      ),
    );
    expect(g.geofences.items.map((x) => [x.siteId, x.radiusMeters, x.timeZone, x.kind])).toEqual([
      ['Site:XA-TOMB-1', 300, 'Asia/Shanghai', 'CIRCLE'],
      ['Site:XA-TOMB-2', 300, 'Asia/Shanghai', 'CIRCLE'],
    ]);
  });

  it('raises exactly one alert naming the sighting of a watched plate in a geofence at night, and none for the same file again', async () => {
    detective = await api.tokenFor('detective');
    ok(await api.gql(`mutation { watch(entityId: "Vehicle:陕A12345") { id entityType } }`, {}, detective));
    const rule = ok(
      await api.gql<{ createAlertRule: { id: string; kind: string } }>(
        CREATE,
        { input: { kind: 'PLATE_IN_GEOFENCE', params: {} } },
        detective,
      ),
    );
    ruleId = rule.createAlertRule.id;
    await ingestPath(api.services.db(), file('sightings.csv'));
    const items = await inbox(detective);
    expect(items).toHaveLength(1);
    expect(items[0]!.ruleKind).toBe('PLATE_IN_GEOFENCE');
    expect(items[0]!.status).toBe('NEW');
    expect(items[0]!.recordIds).toEqual(['Sighting:AL-N1']);
    expect(items[0]!.sources).toEqual(['sightings.csv#2']);
    expect(items[0]!.detail.siteIds).toEqual(['Site:XA-TOMB-1']);
    expect(ok(await api.gql<{ alertCount: number }>(COUNT, {}, detective)).alertCount).toBe(1);

    await ingestPath(api.services.db(), file('sightings.csv'));
    expect(await inbox(detective)).toHaveLength(1);

    // the night query over the geofences finds the same sightings (any plate)
    const night = ok(
      await api.gql<{ nightSightings: Array<{ sightingId: string; localTime: string }> }>(
        `{ nightSightings(siteId: "Site:XA-TOMB-1") { sightingId localTime } }`,
        {},
        detective,
      ),
    );
    expect(night.nightSightings.map((s) => s.sightingId).sort()).toEqual([
      'Sighting:AL-N1',
      'Sighting:AL-N2',
    ]);
    expect(night.nightSightings[0]!.localTime).toContain('+08:00');
  });

  it('applies a rule change to the next ingest', async () => {
    ok(
      await api.gql(
        `mutation($id: ID!, $input: AlertRuleUpdate!) { updateAlertRule(id: $id, input: $input) { id params } }`,
        { id: ruleId, input: { params: { night: false } } },
        detective,
      ),
    );
    await ingestPath(api.services.db(), file('sightings.csv'));
    const items = await inbox(detective);
    expect(items.map((a) => a.recordIds[0]).sort()).toEqual(['Sighting:AL-D1', 'Sighting:AL-N1']);
    expect(items.find((a) => a.recordIds[0] === 'Sighting:AL-D1')!.sources).toEqual(['sightings.csv#3']);
  });

  it('raises a resurfacing alert when a relic is sold again in a later sales file', async () => {
    const analyst = await api.tokenFor('analyst');
    ok(await api.gql(CREATE, { input: { kind: 'RELIC_RESURFACING' } }, analyst));
    await ingestPath(api.services.db(), file('sales-2023.csv'));
    expect(await inbox(analyst)).toHaveLength(0);
    await ingestPath(api.services.db(), file('sales-2024.csv'));
    const items = await inbox(analyst);
    expect(items).toHaveLength(1);
    expect(items[0]!.recordIds).toEqual(['Sale:AL-SA2']);
    expect(items[0]!.sources).toEqual(['sales-2024.csv#2']);
    expect(items[0]!.detail).toMatchObject({
      relicId: 'Relic:AL-R1',
      earlierSaleIds: ['Sale:AL-SA1'],
      channel: 'auction',
    });
    await ingestPath(api.services.db(), file('sales-2024.csv'));
    expect(await inbox(analyst)).toHaveLength(1);
  });

  it("keeps a user's alerts from another user; statuses are the reader's own", async () => {
    const other = await api.tokenFor('detective');
    const [mine] = await inbox(detective);
    expect(await inbox(other)).toEqual([]);
    const denied = await api.gql(`query($id: ID!) { alert(id: $id) { id } }`, { id: mine!.id }, other);
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const set = await api.gql(
      `mutation($id: ID!) { setAlertStatus(id: $id, status: DISMISSED) { id } }`,
      { id: mine!.id },
      other,
    );
    expect(set.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const seen = ok(
      await api.gql<{ setAlertStatus: { status: string } }>(
        `mutation($id: ID!) { setAlertStatus(id: $id, status: SEEN) { status } }`,
        { id: mine!.id },
        detective,
      ),
    );
    expect(seen.setAlertStatus.status).toBe('SEEN');
    expect(ok(await api.gql<{ alertCount: number }>(COUNT, {}, detective)).alertCount).toBe(1);
    const commander = await api.tokenFor('commander');
    expect((await api.gql(COUNT, {}, commander)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only an admin share a rule, whose alerts every reader of alerts sees', async () => {
    const denied = await api.gql(CREATE, { input: { kind: 'WATCHED_ACTIVITY', shared: true } }, detective);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.tokenFor('admin');
    ok(await api.gql(`mutation { watch(entityId: "Relic:AL-R2") { id } }`, {}, admin));
    const shared = ok(
      await api.gql<{ createAlertRule: { shared: boolean } }>(
        CREATE,
        { input: { kind: 'WATCHED_ACTIVITY', shared: true } },
        admin,
      ),
    );
    expect(shared.createAlertRule.shared).toBe(true);
    await ingestPath(api.services.db(), file('sales-2024.csv'));
    const reader = await api.tokenFor('detective');
    const items = await inbox(reader);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ruleKind: 'WATCHED_ACTIVITY',
      shared: true,
      recordIds: ['Relic:AL-R2', 'Sale:AL-SA3'],
    });
    // turned into an investigation by the reader
    const inv = ok(
      await api.gql<{
        alertToInvestigation: {
          alert: { status: string; investigationId: string };
          investigation: { entityIds: string[] };
        };
      }>(
        `mutation($id: ID!) { alertToInvestigation(id: $id, name: "拍卖文物线索") { alert { status investigationId } investigation { entityIds } } }`,
        { id: items[0]!.id },
        reader,
      ),
    );
    expect(inv.alertToInvestigation.alert.status).toBe('INVESTIGATION');
    expect(inv.alertToInvestigation.investigation.entityIds).toEqual(
      expect.arrayContaining(['Relic:AL-R2', 'Sale:AL-SA3']),
    );
    // the admin's own status of the same shared alert is untouched
    expect((await inbox(admin)).find((a) => a.id === items[0]!.id)!.status).toBe('NEW');
  });
});
