// The only reader of process.env. Every setting is validated here, all problems are reported at
// once, and the result is frozen: the rest of the code receives a Config, never the environment.
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * TRUST_PROXY: which hops in front of the service may set X-Forwarded-For. `false` (no proxy: the
 * socket's peer is the caller); `true` (one proxy: the address it saw, the right-most entry);
 * a number of proxies; or a comma-separated list of the proxies' addresses and CIDRs (and
 * proxy-addr's names loopback, linklocal, uniquelocal). Express's 'trust proxy' (proxy-addr) then
 * takes the right-most address not trusted, so a client cannot choose its address by sending the
 * header itself.
 */
const TRUST_PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const trustedProxy = (v: string): boolean => {
  if (TRUST_PROXY_NAMES.has(v) || isIP(v)) return true;
  const [addr, mask, ...rest] = v.split('/');
  if (rest.length > 0 || !addr || !mask || !isIP(addr)) return false;
  if (/^\d+$/.test(mask)) return Number(mask) <= (isIP(addr) === 4 ? 32 : 128);
  return isIP(addr) === 4 && isIP(mask) === 4;
};
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): false | number | readonly string[] => {
    const lower = v.toLowerCase();
    if (['false', 'no', '0', ''].includes(lower)) return false;
    if (['true', 'yes'].includes(lower)) return 1;
    if (/^\d+$/.test(v)) {
      if (Number(v) <= 10) return Number(v);
      ctx.addIssue({ code: 'custom', message: 'a number of proxies is 10 at most' });
      return z.NEVER;
    }
    const list = v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((s) => !trustedProxy(s));
    if (bad.length === 0) return Object.freeze(list);
    ctx.addIssue({
      code: 'custom',
      message:
        `expected false, true (one proxy), a number of proxies, or proxy addresses/CIDRs separated by commas; ` +
        `not an address or CIDR: ${bad.join(', ')}`,
    });
    return z.NEVER;
  });

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z
  .object({
    PORT: port.default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    CRIMEGRAPH_DATA_DIR: z.string().min(1).default('.data'),
    // The built workspace to serve at / (npm run build:client writes client/dist).
    CRIMEGRAPH_CLIENT_DIR: z.string().min(1).optional(),
    NEO4J_URI: z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/,
        'expected a Bolt URI such as bolt://host:7687 or neo4j+s://x.databases.neo4j.io',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    // Unset: chosen at each start from the machine's memory and the store (neo4j/memory.ts).
    NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mg]$/i, 'expected a JVM size such as 1g or 768m')
      .optional(),
    NEO4J_PAGECACHE: z
      .string()
      .regex(/^\d+[mg]$/i, 'expected a size such as 512m or 2g')
      .optional(),
    NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
    NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    NEO4J_BATCHED_READS: z.coerce.number().int().min(1).max(1_000).optional(),
    NEO4J_UNRESPONSIVE_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
    NEO4J_GDS: bool.default(false),
    INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5_000),
    CORS_ORIGINS: z.string().default(''),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    AUTH_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(1200),
    DEMO_SIZE: z.coerce.number().int().min(50).max(1_000_000).default(2_000),
    DEMO_SEED: z.coerce.number().int().default(42),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    GRAPHQL_INTROSPECTION: z.enum(['signed-in', 'off', 'on']).default('signed-in'),
    MAX_RESULT_NODES: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
    TRUST_PROXY: trustProxy.default(false),
    LOGIN_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000).default(10),
    LOGIN_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(100),
    LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1_440).default(15),
    LOGIN_CONCURRENT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000).default(8),
    PASSWORD_HASH_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
    PASSWORD_HASH_QUEUE: z.coerce.number().int().min(1).max(100_000).default(64),
    API_TOKEN_DEFAULT_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    API_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    // The map view's basemap (client features/map): an agency's MapLibre style or raster tiles
    // ({z}/{x}/{y}), the datum it is drawn in, its attribution. Unset: the bundled offline basemap.
    MAP_STYLE_URL: z.url({ protocol: /^https?$/ }).optional(),
    MAP_TILES_URL: z
      .string()
      .regex(/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/, 'expected an http(s) URL template with {z}, {x} and {y}')
      .optional(),
    MAP_DATUM: z.enum(['wgs84', 'gcj02', 'bd09']).default('wgs84'),
    MAP_ATTRIBUTION: z.string().max(300).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI is set',
      });
    }
    if (env.API_TOKEN_DEFAULT_DAYS > env.API_TOKEN_MAX_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_TOKEN_DEFAULT_DAYS'],
        message: `expected at most API_TOKEN_MAX_DAYS (${env.API_TOKEN_MAX_DAYS})`,
      });
    }
  });

export type Env = z.input<typeof schema>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly dataDir: string;
  readonly clientDir: string;
  readonly neo4j: {
    /** Set when an existing Neo4j is used; undefined means "start the embedded one". */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string | undefined;
    readonly database: string | undefined;
    /** Undefined: chosen from the machine and the store at start (neo4j/memory.ts). */
    readonly heap: string | undefined;
    readonly pagecache: string | undefined;
    readonly startTimeoutMs: number;
    readonly txTimeoutMs: number;
    /**
     * How many statements of one batched read (neighbourhoods) run at once; more concurrent
     * requests are merged into the next. Unset: server/db/batched-read.ts's default.
     */
    readonly batchedReads: number | undefined;
    /**
     * How long Neo4j may leave a liveness ping unanswered before waiting calls fail with
     * DB_UNAVAILABLE (server/db/liveness.ts); a call waits half of it before the ping.
     */
    readonly unresponsiveMs: number;
    /** Load Graph Data Science (open edition, from Maven Central) into the embedded Neo4j. */
    readonly gds: boolean;
  };
  readonly ingestBatchSize: number;
  readonly corsOrigins: readonly string[];
  readonly sessionTtlHours: number;
  readonly authSecret: string | undefined;
  readonly rateLimitPerMinute: number;
  readonly demo: { readonly size: number; readonly seed: number };
  readonly graphqlMaxDepth: number;
  /** Who may introspect the schema: signed-in callers (default), nobody, or anyone. */
  readonly graphqlIntrospection: 'signed-in' | 'off' | 'on';
  readonly maxResultNodes: number;
  /** Express's 'trust proxy': false, a number of proxy hops, or the proxies' addresses/CIDRs. */
  readonly trustProxy: false | number | readonly string[];
  /** Failed logins and the password-hashing pool (server/auth/login-guard.ts, password-hasher.ts). */
  readonly login: {
    readonly failuresPerAccount: number;
    readonly failuresPerAddress: number;
    readonly lockoutMinutes: number;
    readonly concurrentPerAddress: number;
    /** Unset: half the cores, at least 1. */
    readonly hashWorkers: number | undefined;
    readonly hashQueue: number;
  };
  readonly apiTokens: { readonly defaultDays: number; readonly maxDays: number };
  /** The map view's basemap, passed to the client as GET /config.json (public: no secrets). */
  readonly map: {
    readonly styleUrl: string | null;
    readonly tilesUrl: string | null;
    readonly datum: 'wgs84' | 'gcj02' | 'bd09';
    readonly attribution: string | null;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Crimegraph: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws a ConfigError that lists every problem. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  // Empty strings mean "not set", as they do in most .env files and shells.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const key = i.path.join('.');
      const given = cleaned[key];
      return `${key}: ${i.message}${given !== undefined ? ` (got ${JSON.stringify(given)})` : ''}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(cwd, e.CRIMEGRAPH_DATA_DIR),
    clientDir: e.CRIMEGRAPH_CLIENT_DIR
      ? path.resolve(cwd, e.CRIMEGRAPH_CLIENT_DIR)
      : fileURLToPath(new URL('../client/dist', import.meta.url)),
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      heap: e.NEO4J_HEAP,
      pagecache: e.NEO4J_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      batchedReads: e.NEO4J_BATCHED_READS,
      unresponsiveMs: e.NEO4J_UNRESPONSIVE_MS,
      gds: e.NEO4J_GDS,
    }),
    ingestBatchSize: e.INGEST_BATCH_SIZE,
    corsOrigins: Object.freeze(
      e.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    authSecret: e.AUTH_SECRET,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    demo: Object.freeze({ size: e.DEMO_SIZE, seed: e.DEMO_SEED }),
    graphqlMaxDepth: e.GRAPHQL_MAX_DEPTH,
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION,
    maxResultNodes: e.MAX_RESULT_NODES,
    trustProxy: e.TRUST_PROXY,
    login: Object.freeze({
      failuresPerAccount: e.LOGIN_FAILURES_PER_ACCOUNT,
      failuresPerAddress: e.LOGIN_FAILURES_PER_ADDRESS,
      lockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
      concurrentPerAddress: e.LOGIN_CONCURRENT_PER_ADDRESS,
      hashWorkers: e.PASSWORD_HASH_WORKERS,
      hashQueue: e.PASSWORD_HASH_QUEUE,
    }),
    apiTokens: Object.freeze({ defaultDays: e.API_TOKEN_DEFAULT_DAYS, maxDays: e.API_TOKEN_MAX_DAYS }),
    map: Object.freeze({
      styleUrl: e.MAP_STYLE_URL ?? null,
      tilesUrl: e.MAP_TILES_URL ?? null,
      datum: e.MAP_DATUM,
      attribution: e.MAP_ATTRIBUTION ?? null,
    }),
  });
}
