// Alert evaluation at ingest (docs/alerts.md). The ingest pipeline calls startObserving once per
// run and the function it returns after each batch is written, with the batch's records. The
// rules, watchlists and investigations are read once, when the run's first batch arrives: a rule
// changed during a run applies from the next one. Only the batch's records are looked at (their
// uids, and the few neighbours a pattern needs, by index), never the whole database. Each alert's
// identity is its rule and its triggering records, so a file ingested again raises none.
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import type { NodeRecord, RawNodeRow, RawRelRow, RelRecord } from '../ingest/writer.ts';
import { uidOf } from '../model/model.ts';
import {
  insideGeofence,
  isNight,
  NIGHT_END_HOUR,
  NIGHT_START_HOUR,
  DEFAULT_TIME_ZONE,
} from '../geo/geofence.ts';
import { GeoService } from '../geo/service.ts';
import { gangOf, toRule, watchTypeOf, type Rule } from './rules.ts';

/** What a written batch held (the pipeline's batch). */
export interface WrittenBatch {
  nodes: readonly NodeRecord[];
  rels: readonly RelRecord[];
  rawNodes?: readonly RawNodeRow[];
  rawRels?: readonly RawRelRow[];
}

let enabled = true;
/** Turns alert evaluation (and the geofence upkeep of ingest) off and on: for the benchmark's reference run. */
export function setAlerting(on: boolean): void {
  enabled = on;
}

/** Alerts raised so far by this process, by rule kind (tests and the benchmark read it). */
export const alertStats = { raised: 0, batches: 0 };

interface NewAlert {
  identity: string;
  id: string;
  ruleId: string;
  ruleKind: string;
  ruleParams: string;
  ownerId: string;
  shared: boolean;
  records: string[];
  sources: string[];
  detail: string;
}

interface RunState {
  rules: Rule[];
  /** Per rule: linked uid (the entity, its phones and vehicles) → the watched or investigated entity. */
  targets: Map<string, Map<string, string>>;
  /** Per owner: watched uids (entities; gangs as their "Community:<run>:<index>" ids). */
  watched: Map<string, Set<string>>;
  latestRunId: string | null;
  maxRadiusM: number;
}

const identityOf = (ruleId: string, records: readonly string[]) =>
  createHash('sha256')
    .update([ruleId, ...records].join('\u0000'))
    .digest('hex');

async function loadState(db: Db): Promise<RunState> {
  const rules = (await db.read('queries/alerts/list-enabled-rules'))
    .map((r) => toRule(r.rule))
    .filter((r) => r !== null);
  const state: RunState = { rules, targets: new Map(), watched: new Map(), latestRunId: null, maxRadiusM: 0 };
  if (!rules.length) return state;
  const owners = [...new Set(rules.map((r) => r.ownerId))];
  for (const row of await db.read('queries/alerts/list-watches', { ownerIds: owners })) {
    const w = row.watch as { ownerId: string; entityId: string };
    let set = state.watched.get(w.ownerId);
    if (!set) state.watched.set(w.ownerId, (set = new Set()));
    set.add(w.entityId);
  }
  const kinds = new Set(rules.map((r) => r.kind));
  if (kinds.has('cross-gang-call')) {
    const [run] = await db.read('queries/analysis/latest-run', { kind: 'communities' });
    state.latestRunId = ((run?.run as { id?: string } | undefined)?.id as string | undefined) ?? null;
  }
  if (kinds.has('plate-in-geofence')) state.maxRadiusM = await new GeoService(db).maxRadius();
  // Entities each linking rule looks for: watches (gangs as their members), or investigations.
  const gangMembers = new Map<string, string[]>();
  const gangIds = [
    ...new Set([...state.watched.values()].flatMap((s) => [...s]).filter((id) => watchTypeOf(id) === 'Gang')),
  ];
  if (gangIds.length && kinds.has('watched-activity')) {
    for (const row of await db.read('queries/alerts/gang-members', { gangs: gangIds.map(gangOf) })) {
      gangMembers.set(`Community:${String(row.runId)}:${Number(row.index)}`, row.members as string[]);
    }
  }
  const investigated = new Map<string, string[]>();
  for (const rule of rules.filter((r) => r.kind === 'investigation-link')) {
    const rows = await db.read('queries/alerts/investigation-entities', {
      userIds: [rule.ownerId],
      investigationIds: rule.params.investigationIds ?? null,
    });
    investigated.set(
      rule.id,
      ((rows[0]?.entityIds as string[] | undefined) ?? []).filter((id) => id.startsWith('Person:')),
    );
  }
  const entitiesOf = (rule: Rule): string[] => {
    if (rule.kind === 'investigation-link') return investigated.get(rule.id) ?? [];
    const out: string[] = [];
    for (const id of state.watched.get(rule.ownerId) ?? []) {
      if (watchTypeOf(id) === 'Gang') out.push(...(gangMembers.get(id) ?? []));
      else out.push(id);
    }
    return out;
  };
  const linking = rules.filter((r) => r.kind === 'watched-activity' || r.kind === 'investigation-link');
  const persons = [...new Set(linking.flatMap(entitiesOf).filter((id) => id.startsWith('Person:')))];
  const linkedOf = new Map<string, string[]>();
  for (let i = 0; i < persons.length; i += 1_000) {
    for (const row of await db.read('queries/alerts/linked-of-persons', {
      uids: persons.slice(i, i + 1_000),
    })) {
      linkedOf.set(String(row.person), row.linked as string[]);
    }
  }
  for (const rule of linking) {
    const map = new Map<string, string>();
    for (const id of entitiesOf(rule)) {
      map.set(id, id);
      for (const l of linkedOf.get(id) ?? []) if (!map.has(l)) map.set(l, id);
    }
    state.targets.set(rule.id, map);
  }
  return state;
}

/** One ingest run's observer: call the returned function after each batch is written. */
export function startObserving(db: Db): (batch: WrittenBatch) => Promise<void> {
  let state: Promise<RunState> | undefined;
  return async (batch) => {
    if (!enabled) return;
    state ??= loadState(db);
    await evaluate(db, await state, batch);
  };
}

async function evaluate(db: Db, state: RunState, batch: WrittenBatch): Promise<void> {
  alertStats.batches += 1;
  const sources = new Map<string, Set<string>>();
  const cite = (uid: string, source: string) => {
    let s = sources.get(uid);
    if (!s) sources.set(uid, (s = new Set()));
    s.add(source);
  };
  const sightings: string[] = [];
  const sites: string[] = [];
  for (const n of batch.nodes) {
    const uid = uidOf(n.type, n.key);
    cite(uid, n.source);
    if (n.type === 'Sighting') sightings.push(uid);
    else if (n.type === 'Site') sites.push(uid);
  }
  for (const n of batch.rawNodes ?? []) cite(n.uid, n.source);
  const links: Array<{ type: string; from: string; to: string; source: string }> = [];
  const vehicleOf = new Map<string, string>();
  const sales: Array<{ sale: string; relic: string }> = [];
  const calls = new Map<string, { call: string; from?: string; to?: string }>();
  for (const r of batch.rels) {
    const from = uidOf(r.from.type, r.from.key);
    const to = uidOf(r.to.type, r.to.key);
    links.push({ type: r.type, from, to, source: r.source });
    cite(from, r.source);
    if (r.type === 'SIGHTED') vehicleOf.set(from, to);
    else if (r.type === 'OF') sales.push({ sale: from, relic: to });
    else if (r.type === 'FROM' || r.type === 'TO') {
      const c = calls.get(from) ?? { call: from };
      if (r.type === 'FROM') c.from = to;
      else c.to = to;
      calls.set(from, c);
    }
  }
  for (const r of batch.rawRels ?? []) {
    links.push({ type: r.type, from: r.from, to: r.to, source: r.source });
    cite(r.from, r.source);
  }

  await new GeoService(db).upkeep(sightings, sites);
  if (!state.rules.length) return;

  const alerts = new Map<string, NewAlert>();
  const raise = (rule: Rule, records: string[], detail: Record<string, unknown>) => {
    const sorted = [...new Set(records)].sort();
    const identity = identityOf(rule.id, sorted);
    if (alerts.has(identity)) return;
    const cited = new Set<string>();
    for (const uid of sorted) for (const s of sources.get(uid) ?? []) cited.add(s);
    alerts.set(identity, {
      identity,
      id: randomUUID(),
      ruleId: rule.id,
      ruleKind: rule.kind,
      ruleParams: JSON.stringify(rule.params),
      ownerId: rule.ownerId,
      shared: rule.shared,
      records: sorted,
      sources: [...cited].sort(),
      detail: JSON.stringify(detail),
    });
  };
  const byKind = (kind: Rule['kind']) => state.rules.filter((r) => r.kind === kind);

  // A watched plate sighted inside a geofence (at night in the site's local time by default).
  const plateRules = byKind('plate-in-geofence');
  if (plateRules.length && sightings.length) {
    const vehiclesOf = new Map(
      plateRules.map((r) => [
        r.id,
        new Set(
          r.params.vehicleIds ??
            [...(state.watched.get(r.ownerId) ?? [])].filter((id) => id.startsWith('Vehicle:')),
        ),
      ]),
    );
    const wanted = sightings.filter((s) => {
      const v = vehicleOf.get(s);
      return v !== undefined && plateRules.some((r) => vehiclesOf.get(r.id)!.has(v));
    });
    if (wanted.length) {
      const rows = await db.read('queries/geo/geofences-of-sightings', {
        uids: wanted,
        maxRadiusM: state.maxRadiusM,
        defaultTimeZone: DEFAULT_TIME_ZONE,
      });
      for (const rule of plateRules) {
        const hits = new Map<string, Array<{ site: string; localTime: string }>>();
        for (const row of rows) {
          const sighting = String(row.sighting);
          const vehicle = vehicleOf.get(sighting) ?? (row.vehicle as string);
          if (!vehiclesOf.get(rule.id)!.has(vehicle)) continue;
          if (rule.params.siteIds && !rule.params.siteIds.includes(String(row.site))) continue;
          if (!insideGeofence(row, row.lat, row.lon, row.near === true)) continue;
          const night = rule.params.night ?? true;
          if (
            night &&
            (typeof row.localHour !== 'number' ||
              !isNight(
                row.localHour,
                rule.params.nightStartHour ?? NIGHT_START_HOUR,
                rule.params.nightEndHour ?? NIGHT_END_HOUR,
              ))
          )
            continue;
          const list = hits.get(sighting) ?? [];
          list.push({ site: String(row.site), localTime: String(row.localTime) });
          hits.set(sighting, list);
        }
        for (const [sighting, at] of hits) {
          raise(rule, [sighting], {
            vehicleId: vehicleOf.get(sighting),
            siteIds: at.map((h) => h.site).sort(),
            localTime: at[0]!.localTime,
          });
        }
      }
    }
  }

  // A relic sold again, reported in a case, or its description that of a case's relic.
  const relicRules = byKind('relic-resurfacing');
  if (relicRules.length && sales.length) {
    const rows = await db.read('queries/alerts/eval-relic-resurfacing', { rows: sales });
    for (const rule of relicRules) {
      const watched = state.watched.get(rule.ownerId);
      for (const row of rows) {
        if (rule.params.channels && !rule.params.channels.includes(String(row.channel))) continue;
        if (rule.params.watchedOnly && !watched?.has(String(row.relic))) continue;
        raise(rule, [String(row.sale)], {
          relicId: row.relic,
          channel: row.channel ?? null,
          earlierSaleIds: row.earlier,
          caseIds: row.cases,
          lookalikeRelicIds: row.lookalikes,
        });
      }
    }
  }

  // A new call between members of two different gangs of the latest analysis run.
  const gangRules = byKind('cross-gang-call');
  const callRows = [...calls.values()].filter((c) => c.from && c.to);
  if (gangRules.length && callRows.length && state.latestRunId) {
    const rows = await db.read('queries/alerts/eval-cross-gang-call', {
      rows: callRows,
      runId: state.latestRunId,
    });
    for (const rule of gangRules) {
      const watched = state.watched.get(rule.ownerId);
      for (const row of rows) {
        const gangs = [row.fromGang, row.toGang].map((i) => `Community:${state.latestRunId}:${Number(i)}`);
        if (rule.params.watchedGangsOnly && !gangs.some((g) => watched?.has(g))) continue;
        raise(rule, [String(row.call)], {
          runId: state.latestRunId,
          phoneIds: [row.fromPhone, row.toPhone],
          personIds: [row.fromPerson, row.toPerson],
          gangIds: gangs,
        });
      }
    }
  }

  // A new record linking to a watched entity, or to a person under investigation (directly or
  // through their phone or vehicle).
  for (const rule of state.rules) {
    const map = state.targets.get(rule.id);
    if (!map || map.size === 0) continue;
    for (const l of links) {
      for (const [end, other] of [
        [l.from, l.to],
        [l.to, l.from],
      ] as const) {
        const target = map.get(end);
        if (target === undefined || other === target) continue;
        raise(rule, [other, target], {
          targetId: target,
          ...(end !== target ? { viaId: end } : {}),
          relType: l.type,
        });
      }
    }
  }

  if (alerts.size) {
    const list = [...alerts.values()];
    for (let i = 0; i < list.length; i += 1_000) {
      const c = await db.writeCounted('queries/alerts/merge-alerts', {
        alerts: list.slice(i, i + 1_000),
        now: Date.now(),
      });
      alertStats.raised += c.nodesCreated;
    }
  }
}
