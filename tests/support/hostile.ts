// A harness for hostile-request tests: the attacks (documents that are small to send and large to
// serve), the client's own operations (which must stay admitted), and measuring an attack's
// answer, other callers' latency during it, and the service's memory. Reusable by any hostile
// suite: send(), healthProbes(), underAttack() and Tally take a URL and plain requests.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import { withSharedFragments } from '../../client/src/app/fragments.ts';

export interface HostileRequest {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

// ---- attacks -------------------------------------------------------------------------------

/** `{ ...F0 }` where each fragment spreads the next `width` times: width^levels selections. */
export function fragmentFanOut(levels: number, width = 2, leaf = '__typename'): string {
  const defs = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { ${Array.from({ length: width }, () => `...F${i + 1}`).join(' ')} }`,
  );
  return `query { ...F0 } ${defs.join(' ')} fragment F${levels} on Query { ${leaf} }`;
}

/** The same fan-out through inline fragments and nested fields instead of the root. */
export function nestedFanOut(levels: number): string {
  const defs = Array.from(
    { length: levels },
    (_, i) => `fragment N${i} on Health { ...N${i + 1} ...N${i + 1} }`,
  );
  return `query { health { ...N0 } } ${defs.join(' ')} fragment N${levels} on Health { ... on Health { status uptimeSeconds } }`;
}

/** `n` aliased selections of one root field. */
export function aliased(n: number, selection: string, op = 'query'): string {
  return `${op} { ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;
}

/** graphql-js's full introspection query, shortened: what GraphiQL sends. */
export const FULL_INTROSPECTION = `__schema { queryType { name } mutationType { name }
  types { kind name description fields(includeDeprecated: true) { name args { name type { ...T } defaultValue }
  type { ...T } isDeprecated } inputFields { name type { ...T } } interfaces { ...T }
  enumValues(includeDeprecated: true) { name } possibleTypes { ...T } }
  directives { name locations args { name type { ...T } } } }`;
export const TYPE_REF = `fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

// ---- the client's own operations ------------------------------------------------------------

/**
 * The largest values the client's views send, by variable type: 50 starting entities one hop out
 * (a gang), one entity three hops out (the deepest expansion), paths and jobs as the panels ask.
 * Several samples of one type give one request each. A client variable of a required input type
 * not listed here fails clientOperations, so a new operation cannot skip this test.
 */
function samples(ids: readonly string[]): Record<string, unknown[]> {
  const id = ids[0] ?? 'Person:x';
  const other = ids[1] ?? id;
  return {
    ID: [id],
    String: ['wang'],
    Int: [50],
    Float: [1],
    Boolean: [true],
    JSON: [{}],
    NeighbourhoodInput: [
      { ids: ids.slice(0, 50), hops: 1 },
      { ids: ids.slice(0, 50), hops: 1, nodeTypes: ['Person', 'Phone', 'Vehicle', 'Case'] },
      { ids: [id], hops: 3 },
      { ids: [id], hops: 1, nodeTypes: ['Case', 'Sale', 'Call', 'Sighting'] },
    ],
    PathInput: [
      // The path finder's largest: hops x paths <= 40 (features/paths).
      { from: id, to: other, k: 5, maxHops: 8 },
      { from: id, to: other, k: 5, maxHops: 8, mode: 'ALL_SHORTEST' },
    ],
    TimePathInput: [{ from: id, to: other, maxHops: 8, k: 5 }],
    TimeWindow: [{ from: 0, to: 1.7e12 }],
    CommunitiesInput: [{}],
    TakedownInput: [{ strategies: ['degree', 'brokers'], k: 5 }],
    EvolutionInput: [{ from: 0, to: 1.7e12, windowDays: 90, stepDays: 30 }],
    RepeatOffendersInput: [{ minCases: 2 }],
    KeyPlayerMeasure: ['pagerank', 'broker'],
    // A saved investigation, as the saved panel sends it (its view JSON kept small here).
    InvestigationInput: [
      { name: 'hostile', entityIds: ids.slice(0, 50), filters: { version: 2 }, shared: false },
    ],
    // The briefing export dialog (features/briefing): the latest run, the default gangs.
    BriefingInput: [
      { caseReference: 'hostile', unit: 'hostile', marking: 'SECRET', paper: 'A4', language: 'zh_CN' },
    ],
    // The alerts task (features/alerts): the inbox filter, a rule as the rule form sends it.
    AlertStatus: ['NEW'],
    AlertRuleInput: [
      { kind: 'PLATE_IN_GEOFENCE', params: { night: true, nightStartHour: 20, nightEndHour: 6 } },
    ],
    AlertRuleUpdate: [{ params: { night: false }, enabled: true }],
  };
}

/** Variable values by name where the name says more than the type. */
function byName(name: string, ids: readonly string[]): unknown[] | undefined {
  const id = ids[0] ?? 'Person:x';
  if (name === 'ids' || name === 'people') return [ids.slice(0, 50)];
  if (name === 'b' || name === 'to') return [ids[1] ?? id];
  if (/^(job|run)Id$/.test(name)) return ['job'];
  if (name === 'relicId') return ['Relic:x'];
  if (name === 'first') return [100];
  if (name === 'query') return ['wang', '王'];
  return undefined;
}

/**
 * Every operation in the client's .graphql documents (client/src/**), each with the largest
 * variables its views use (above), as the client sends it: the whole document and the name of
 * the operation to run.
 */
export async function clientOperations(ids: readonly string[]): Promise<HostileRequest[]> {
  const { parse, Kind } = await import('graphql');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const root = path.resolve(import.meta.dirname, '../../client/src');
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.graphql'));
  const shared = fs.readFileSync(path.join(root, 'app', 'canvas.graphql'), 'utf8');
  const table = samples(ids);
  const sent: HostileRequest[] = [];
  for (const file of files) {
    const text = withSharedFragments(fs.readFileSync(path.join(root, file), 'utf8'), shared);
    for (const def of parse(text).definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = def.name?.value ?? '(anonymous)';
      const options: Array<[string, unknown[]]> = [];
      for (const v of def.variableDefinitions ?? []) {
        let t = v.type;
        let list = false;
        let required = false;
        if (t.kind === Kind.NON_NULL_TYPE) {
          required = true;
          t = t.type;
        }
        if (t.kind === Kind.LIST_TYPE) {
          list = true;
          t = t.type.kind === Kind.NON_NULL_TYPE ? t.type.type : t.type;
        }
        const typeName = t.kind === Kind.NAMED_TYPE ? t.name.value : '?';
        const values = byName(v.variable.name.value, ids) ?? table[typeName]?.map((x) => (list ? [x] : x));
        if (!values) {
          if (required || !/^(Int|Float|String|Boolean|ID)$/.test(typeName))
            throw new Error(
              `${file} ${name}: no sample for $${v.variable.name.value}: ${typeName} (tests/support/hostile.ts)`,
            );
          continue;
        }
        options.push([v.variable.name.value, values]);
      }
      const n = Math.max(1, ...options.map(([, vs]) => vs.length));
      for (let i = 0; i < n; i++) {
        const variables = Object.fromEntries(options.map(([k, vs]) => [k, vs[Math.min(i, vs.length - 1)]]));
        sent.push({ name: `${file} ${name} #${i}`, query: text, variables, operationName: name });
        if (def.operation !== 'query') break;
      }
    }
  }
  return sent;
}

// ---- measuring ----------------------------------------------------------------------------

export interface Answer {
  status: number;
  /** The first error's extensions.code, or 'OK' when the answer has no errors. */
  code: string;
  ms: number;
  bytes: number;
}

export async function send(
  url: string,
  req: Pick<HostileRequest, 'query' | 'variables' | 'operationName'> | string,
  token?: string,
  id?: string,
): Promise<Answer> {
  const body = typeof req === 'string' ? req : JSON.stringify(req);
  const t0 = performance.now();
  const post = () =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(id ? { 'x-hostile-id': id } : {}),
      },
      body,
    });
  // A kept-alive connection the server closed as the request went out (undici's known race with
  // Node's keep-alive timeout) is retried once; a second failure is the test's to see.
  const res = await post().catch((err: unknown) => {
    if ((err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
    return post();
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let code = 'NOT_JSON';
  try {
    const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
    code = parsed.errors?.length ? (parsed.errors[0]?.extensions?.code ?? 'NONE') : 'OK';
  } catch {
    // code stays NOT_JSON
  }
  return { status: res.status, code, ms, bytes: text.length };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

/** The median of `n` health probes, one after the other. */
export async function healthProbes(url: string, n = 7): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < n; i++) all.push((await send(url, { query: '{ health { status } }' })).ms);
  return { median: median(all), all };
}

export interface AttackOptions {
  token?: string;
  rounds?: number;
  concurrency?: number;
  /** Answers carry their `x-hostile-id`, this and a number, for serviceTimes(). */
  idPrefix?: string;
  /** Pause between rounds (10 ms): bursts of `concurrency` requests, not a saturating flood. */
  pauseMs?: number;
}

/**
 * Sends `body` `concurrency` times at once, for `rounds` rounds (0: until `until` resolves), from
 * a worker thread: the attacker's own work (building and sending large requests) stays off the
 * service's event loop, as it would be on another machine.
 */
export async function attackFromWorker(
  url: string,
  body: string,
  opts: AttackOptions & { until?: Promise<unknown> } = {},
): Promise<Array<Answer & { id: string }>> {
  const worker = new Worker(new URL('./hostile-attacker.mjs', import.meta.url), {
    workerData: {
      url,
      body,
      token: opts.token,
      rounds: opts.rounds ?? 3,
      concurrency: opts.concurrency ?? 4,
      idPrefix: opts.idPrefix ?? `w${workers++}-`,
      pauseMs: opts.pauseMs ?? 10,
    },
  });
  void opts.until?.then(() => worker.postMessage('stop'));
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}
let workers = 0;

/**
 * An attack from a worker thread (4 at a time, continuously) while `probes` health probes run
 * one after the other on this thread; returns the attack's answers and the probes' times.
 */
export async function underAttack(
  url: string,
  body: string,
  opts: Omit<AttackOptions, 'rounds'> & { probes?: number } = {},
): Promise<{ answers: Array<Answer & { id: string }>; probes: number[] }> {
  let probed!: () => void;
  const until = new Promise<void>((resolve) => (probed = resolve));
  const attacking = attackFromWorker(url, body, { ...opts, rounds: 0, until });
  // The worker's first requests are under way before the first probe.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const probes: number[] = [];
  while (probes.length < (opts.probes ?? 15)) {
    probes.push((await send(url, { query: '{ health { status } }' })).ms);
  }
  probed();
  return { answers: await attacking, probes };
}

/** Counts requests by attack, HTTP status and code, and prints them as a table. */
export class Tally {
  private readonly rows = new Map<string, number>();
  total = 0;

  add(attack: string, a: Pick<Answer, 'status' | 'code'>): void {
    const key = `${attack}\t${a.status}\t${a.code}`;
    this.rows.set(key, (this.rows.get(key) ?? 0) + 1);
    this.total++;
  }

  print(title: string): void {
    const rows = [...this.rows].map(([k, n]) => {
      const [attack, status, code] = k.split('\t');
      return { attack, status: Number(status), code, requests: n };
    });
    console.log(`${title}: ${this.total} requests`);
    console.table(rows);
  }
}

/** Resident set size, in MB. */
export const rssMb = (): number => process.memoryUsage().rss / 1024 / 1024;

/**
 * Service time per request, measured in the server from the request's arrival to the end of its
 * answer (no client-side time: encoding a large body, the fetch itself). Requests are told apart
 * by an `x-hostile-id` header; send() with `id` sets it.
 */
export function serviceTimes(server: Server): {
  of(id: string): number | undefined;
  stop(): void;
} {
  const times = new Map<string, number>();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const id = req.headers['x-hostile-id'];
    if (typeof id !== 'string') return;
    const t0 = performance.now();
    res.once('finish', () => times.set(id, performance.now() - t0));
  };
  server.prependListener('request', onRequest);
  return { of: (id) => times.get(id), stop: () => server.off('request', onRequest) };
}
