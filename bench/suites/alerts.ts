// Alert evaluation's cost at ingest: 100,000 sightings and 100,000 calls (BENCH_ALERTS_EVENTS to
// change) ingested into a 100,000-person network (BENCH_ALERTS_PERSONS) with 1,000 watched
// entities and 20 standing patterns, against the same ingest of a same-sized, same-shaped set with
// alerting off (setAlerting(false): no rule evaluation and no geofence upkeep). The value is the
// alerting ingest's time over the reference's (target ≤ 1.2). The reference runs first, so the
// alerting run also pays for the larger database: the ratio errs against alerting.
import fs from 'node:fs';
import path from 'node:path';
import seedrandom from 'seedrandom';
import type { Principal } from '../../server/auth/types.ts';
import type { Db } from '../../server/db/db.ts';
import { setAlerting, alertStats } from '../../server/features/alerts/observer.ts';
import { AlertService } from '../../server/features/alerts/service.ts';
import type { RuleKind } from '../../server/features/alerts/rules.ts';
import { ingestPath } from '../../server/features/ingest/index.ts';
import { InvestigationService } from '../../server/features/investigations/service.ts';
import type { BenchResult, BenchSuite } from '../types.ts';
import { benchNeo4j } from '../support/neo4j.ts';

const PERSONS = Number(process.env.BENCH_ALERTS_PERSONS ?? 100_000);
const EVENTS = Number(process.env.BENCH_ALERTS_EVENTS ?? 100_000);
const VEHICLES = Math.max(100, Math.round(PERSONS / 5));
const SITES = 1_000;
const WATCHED = 1_000;
const USERS = 10;
const BATCH = Number(process.env.BENCH_ALERTS_BATCH ?? 10_000);

async function writeLines(file: string, header: string, count: number, line: (i: number) => string) {
  const out = fs.createWriteStream(file);
  out.write(`${header}\n`);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${line(i)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

const plate = (i: number) => `陕A${String(i).padStart(5, '0')}`;
const phone = (i: number) => `+86138${String(i).padStart(8, '0')}`;
const site = (i: number) => ({ lat: 33 + (i % 40) * 0.05, lon: 107 + Math.floor(i / 40) * 0.05 });

/** The network: persons, their phones and vehicles, sites with coordinates. */
async function network(dir: string) {
  const files = ['persons', 'phones', 'vehicles', 'sites'].map((n) => path.join(dir, `bench-${n}.csv`));
  await writeLines(files[0]!, 'id,name', PERSONS, (i) => `AP-${i},Person ${i}`);
  await writeLines(files[1]!, 'number,owner', PERSONS, (i) => `${phone(i)},AP-${i}`);
  await writeLines(files[2]!, 'plate,owner', VEHICLES, (i) => `${plate(i)},AP-${i * 5}`);
  await writeLines(files[3]!, 'id,name,kind,latitude,longitude', SITES, (i) => {
    const s = site(i);
    return `AS-${i},Site ${i},ancient-tomb,${s.lat.toFixed(5)},${s.lon.toFixed(5)}`;
  });
  return files;
}

/** One set of events: sightings (a third inside a geofence) and calls; `tag` keeps sets apart. */
async function events(dir: string, tag: string) {
  const rng = seedrandom(`bench-alerts-${tag}`);
  const sightings = path.join(dir, `bench-${tag}-sightings.csv`);
  const calls = path.join(dir, `bench-${tag}-calls.csv`);
  const t0 = Date.parse('2024-01-01T00:00:00Z');
  await writeLines(sightings, 'id,plate,camera,time,latitude,longitude', EVENTS, (i) => {
    const s = site(Math.floor(rng() * SITES));
    const inside = rng() < 1 / 3;
    const lat = inside ? s.lat + (rng() - 0.5) * 0.002 : s.lat + 0.02 + rng() * 0.02;
    const lon = inside ? s.lon + (rng() - 0.5) * 0.002 : s.lon + 0.02 + rng() * 0.02;
    const at = new Date(t0 + Math.floor(rng() * 365 * 86_400_000)).toISOString();
    return `${tag}-S${i},${plate(Math.floor(rng() * VEHICLES))},CAM-${i % 500},${at},${lat.toFixed(5)},${lon.toFixed(5)}`;
  });
  await writeLines(calls, 'id,from,to,start,durationSeconds', EVENTS, (i) => {
    const a = Math.floor(rng() * PERSONS);
    const b = (a + 1 + Math.floor(rng() * (PERSONS - 1))) % PERSONS;
    const at = new Date(t0 + Math.floor(rng() * 365 * 86_400_000)).toISOString();
    return `${tag}-C${i},${phone(a)},${phone(b)},${at},${1 + Math.floor(rng() * 600)}`;
  });
  return [sightings, calls];
}

/** 1,000 watches over 10 users and 20 patterns of every kind. */
async function standingPatterns(db: Db) {
  const rng = seedrandom('bench-alerts-watches');
  const users: Principal[] = Array.from({ length: USERS }, (_, i) => ({
    userId: `bench-user-${i}`,
    username: `bench${i}`,
    role: i === 0 ? 'admin' : 'detective',
    via: 'cli',
  }));
  const alerts = new AlertService(db);
  for (let i = 0; i < WATCHED; i++) {
    const u = users[i % USERS]!;
    const r = rng();
    const id =
      r < 0.4
        ? `Vehicle:${plate(Math.floor(rng() * VEHICLES))}`
        : r < 0.8
          ? `Person:AP-${Math.floor(rng() * PERSONS)}`
          : `Phone:${phone(Math.floor(rng() * PERSONS))}`;
    await alerts.watch(u, id);
  }
  for (const u of users.slice(0, 3)) {
    await new InvestigationService(db).save(u, {
      name: `bench ${u.username}`,
      entityIds: Array.from({ length: 50 }, () => `Person:AP-${Math.floor(rng() * PERSONS)}`),
    });
  }
  const kinds: Array<[RuleKind, number]> = [
    ['plate-in-geofence', 6],
    ['watched-activity', 5],
    ['cross-gang-call', 3],
    ['investigation-link', 3],
    ['relic-resurfacing', 3],
  ];
  let n = 0;
  for (const [kind, count] of kinds) {
    for (let i = 0; i < count; i++, n++) {
      const u = users[n % USERS]!;
      const params = kind === 'plate-in-geofence' && i % 2 ? { night: false } : {};
      await alerts.createRule(u, { kind, params, shared: u.role === 'admin' });
    }
  }
  return n;
}

const suite: BenchSuite = {
  prefix: 'alerts',
  description: `alerting at ingest: ${EVENTS.toLocaleString('en')} sightings + ${EVENTS.toLocaleString('en')} calls into ${PERSONS.toLocaleString('en')} persons, ${WATCHED} watches, 20 patterns`,
  async run(ctx): Promise<BenchResult[]> {
    const neo = await benchNeo4j({ log: ctx.log });
    try {
      await neo.db.autoCommit('queries/testing/delete-all-data');
      ctx.log(`network: ${PERSONS} persons and phones, ${VEHICLES} vehicles, ${SITES} sites`);
      setAlerting(true);
      await ingestPath(neo.db, await network(ctx.tmpDir), { batchSize: BATCH });
      const rules = await standingPatterns(neo.db);
      const reference = await events(ctx.tmpDir, 'ref');
      const alerting = await events(ctx.tmpDir, 'alr');

      ctx.log('reference: alerting off');
      setAlerting(false);
      let t = performance.now();
      const refSummary = await ingestPath(neo.db, reference, { batchSize: BATCH });
      const referenceMs = performance.now() - t;

      ctx.log('alerting on');
      setAlerting(true);
      const raisedBefore = alertStats.raised;
      t = performance.now();
      const summary = await ingestPath(neo.db, alerting, { batchSize: BATCH });
      const alertingMs = performance.now() - t;
      const raised = alertStats.raised - raisedBefore;
      ctx.log(
        `reference ${Math.round(referenceMs)} ms, alerting ${Math.round(alertingMs)} ms, ${raised} alerts`,
      );
      return [
        {
          id: 'alerts.ingest-overhead',
          value: alertingMs / referenceMs,
          unit: 'ratio',
          target: 1.2,
          better: 'lower',
          reference: 'the same ingest (a same-sized, same-shaped event set) with alerting off, just before',
          detail: {
            persons: PERSONS,
            sightings: EVENTS,
            calls: EVENTS,
            watches: WATCHED,
            rules,
            batchSize: BATCH,
            referenceMs: Math.round(referenceMs),
            alertingMs: Math.round(alertingMs),
            referenceAccepted: refSummary.accepted,
            accepted: summary.accepted,
            alertsRaised: raised,
            note: 'no community analysis run in this database: cross-gang-call rules find no run and cost one read per ingest',
          },
        },
      ];
    } finally {
      setAlerting(true);
      await neo.close();
    }
  },
};
export default suite;
