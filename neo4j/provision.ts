// Provisions the embedded default: a real Neo4j Community 5.26 engine resolved by Maven from Maven
// Central (neo4j/pom.xml) and run on Java 17+ as a child process, Bolt on 127.0.0.1.
//
// The classpath is resolved once and cached under the data directory, so later starts need
// neither Maven nor the network. The child watches its standard input and exits when it closes,
// so it cannot outlive the Node process that started it, however that process ends (exit, signal,
// crash, kill -9: the kernel closes the pipe). It runs in a process group of its own, so a Ctrl-C
// in the terminal (SIGINT to the whole foreground group) reaches only Node, which stops its work
// first and the JVM last, instead of the database going away under the work being stopped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const POM = path.join(HERE, 'pom.xml');
export const LAUNCHER = path.join(HERE, 'Launcher.java');
const READY = /CRIMEGRAPH_NEO4J_READY (\S+) (\S+) pid=(\d+)/;

export class ProvisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionError';
  }
}

export interface EmbeddedOptions {
  /** Store directory; persistent for `npm start`, a temporary one for tests. */
  home: string;
  /** Where the resolved classpath is cached (shared by every store). */
  cacheDir: string;
  heap?: string;
  pagecache?: string;
  port?: number;
  timeoutMs?: number;
  /** Keep running after this process exits (npm run db:start). */
  detached?: boolean;
  onProgress?: (message: string) => void;
  /** Called repeatedly once the JVM says it is up; resolves when Bolt really answers. */
  probe?: (uri: string, password: string) => Promise<void>;
  /**
   * Extra plugin jars (e.g. from resolveGdsJars()). Neo4j registers procedures only from jars in
   * `<home>/plugins`, while the extensions they need are loaded from the classpath, so each jar goes
   * in both; artifacts Neo4j already has (any version) are left out to avoid clashes.
   */
  plugins?: string[];
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly user: 'neo4j';
  readonly password: string;
  readonly version: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves when the JVM has exited. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'Crimegraph runs its own Neo4j when NEO4J_URI is not set, and for that it needs Java 17+ and Maven ' +
  '(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven). Otherwise set NEO4J_URI, NEO4J_USER ' +
  'and NEO4J_PASSWORD to use an existing Neo4j 5.';

/** The major version of `java` on PATH, or undefined when there is none. */
export function javaMajorVersion(): number | undefined {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

function hasMaven(): boolean {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

/** Checks the machine can run the embedded Neo4j; throws one message that says what to install. */
export function checkPrerequisites(needMaven: boolean): void {
  const java = javaMajorVersion();
  const missing: string[] = [];
  if (java === undefined) missing.push('Java was not found on PATH');
  else if (java < 17) missing.push(`Java ${java} was found, Neo4j 5 needs 17 or newer`);
  if (needMaven && !hasMaven()) missing.push('Maven (mvn) was not found on PATH');
  if (missing.length > 0) throw new ProvisionError(`${missing.join('; ')}. ${INSTALL_HINT}`);
}

function classpathFile(cacheDir: string): string {
  const pomHash = createHash('sha256').update(fs.readFileSync(POM)).digest('hex').slice(0, 12);
  return path.join(cacheDir, `neo4j-classpath-${pomHash}.txt`);
}

function cachedClasspath(cacheDir: string): string | undefined {
  const file = classpathFile(cacheDir);
  if (!fs.existsSync(file)) return undefined;
  const cp = fs.readFileSync(file, 'utf8').trim();
  const jars = cp.split(path.delimiter);
  return jars.length > 0 && jars.every((j) => fs.existsSync(j)) ? cp : undefined;
}

/**
 * Resolves Neo4j's artifacts with Maven (downloading them on the first run, with progress) and
 * returns the classpath. Later calls read the cached classpath and touch neither Maven nor the network.
 */
export async function resolveClasspath(
  cacheDir: string,
  onProgress: (m: string) => void = () => {},
): Promise<string> {
  const cached = cachedClasspath(cacheDir);
  if (cached) return cached;
  checkPrerequisites(true);
  fs.mkdirSync(cacheDir, { recursive: true });
  const out = classpathFile(cacheDir);
  const tmp = `${out}.${process.pid}.tmp`;
  onProgress('Resolving Neo4j Community from Maven Central (first start only)…');
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let downloaded = 0;
    let bytes = 0;
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) {
        const m = /Downloaded from \S+: \S+ \(([\d.]+) ([kMG]?B)/.exec(line);
        if (!m) continue;
        downloaded += 1;
        const unit = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[2] as 'B' | 'kB' | 'MB' | 'GB'] ?? 1;
        bytes += Number(m[1]) * unit;
        if (downloaded % 20 === 0) {
          onProgress(`  downloaded ${downloaded} artifacts, ${(bytes / 1e6).toFixed(1)} MB so far`);
        }
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', (err) =>
      reject(new ProvisionError(`could not run Maven: ${err.message}. ${INSTALL_HINT}`)),
    );
    mvn.on('close', (code) => {
      if (code === 0) {
        onProgress(`Neo4j resolved: ${downloaded} artifacts downloaded (${(bytes / 1e6).toFixed(1)} MB).`);
        resolve();
      } else {
        reject(new ProvisionError(`Maven could not resolve Neo4j (exit ${code}). Maven said:\n${tail}`));
      }
    });
  });
  fs.renameSync(tmp, out);
  return fs.readFileSync(out, 'utf8').trim();
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The store's Bolt password: generated once, kept beside the store (mode 600). */
function storePassword(home: string): string {
  const file = path.join(home, 'crimegraph-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const pw = randomBytes(18).toString('base64url');
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(file, pw, { mode: 0o600 });
  return pw;
}

/** Starts the embedded Neo4j and resolves once Bolt answers; rejects with the JVM's own output. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const progress = opts.onProgress ?? (() => {});
  const classpath = withPlugins(await resolveClasspath(opts.cacheDir, progress), opts.plugins, opts.home);
  checkPrerequisites(false);
  const home = path.resolve(opts.home);
  fs.mkdirSync(home, { recursive: true });
  const password = storePassword(home);
  const port = opts.port ?? (await freePort());
  const timeoutMs = opts.timeoutMs ?? 180_000;

  const args = [
    `-Xmx${opts.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    LAUNCHER,
    '--home',
    home,
    '--port',
    String(port),
    '--pagecache',
    opts.pagecache ?? '512m',
  ];
  if (opts.detached) args.push('--detached');
  const logFile = path.join(home, 'crimegraph-jvm.log');
  const child = spawn('java', args, {
    env: { ...process.env, CRIMEGRAPH_NEO4J_PASSWORD: password },
    stdio: opts.detached
      ? ['ignore', fs.openSync(logFile, 'w'), fs.openSync(logFile, 'a')]
      : ['pipe', 'pipe', 'pipe'],
    // A process group of its own (see the top); a non-detached JVM is still tied to us by its stdin.
    detached: true,
  });

  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const failWith = (why: string) =>
    new ProvisionError(
      `Neo4j did not start: ${why}. Store: ${home}.` +
        (output.trim() ? `\nThe JVM said:\n${output.trim().split('\n').slice(-40).join('\n')}` : ''),
    );

  const ready = new Promise<{ uri: string; version: string; pid: number }>((resolve, reject) => {
    let poll: NodeJS.Timeout | undefined;
    const onLine = (text: string) => {
      output = (output + text).slice(-20_000);
      const m = READY.exec(output);
      if (m) {
        clearInterval(poll);
        resolve({ uri: m[1]!, version: m[2]!, pid: Number(m[3]) });
      }
    };
    if (opts.detached) {
      // A detached JVM writes to a log file (a pipe would tie it to us); read that instead.
      let read = 0;
      poll = setInterval(() => {
        try {
          const all = fs.readFileSync(logFile, 'utf8');
          onLine(all.slice(read));
          read = all.length;
        } catch {
          /* not written yet */
        }
      }, 250);
      void exited.then(() => clearInterval(poll));
    } else {
      child.stdout?.on('data', (c: Buffer) => onLine(c.toString()));
      child.stderr?.on('data', (c: Buffer) => onLine(c.toString()));
    }
    void exited.then((code) => reject(failWith(`the JVM exited with code ${code} before Bolt was ready`)));
    child.on('error', (err) => reject(failWith(`could not run java: ${err.message}`)));
  });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(failWith(`no answer on Bolt within ${timeoutMs} ms`)), timeoutMs);
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
  };

  try {
    const info = await Promise.race([ready, timeout]);
    if (opts.probe) {
      // The JVM says Bolt is bound; the driver decides when it is really ready.
      for (;;) {
        try {
          await Promise.race([opts.probe(info.uri, password), timeout]);
          break;
        } catch (err) {
          if (err instanceof ProvisionError) throw err;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    }
    if (opts.detached) child.unref();
    return { uri: info.uri, user: 'neo4j', password, version: info.version, pid: info.pid, child, stop };
  } catch (err) {
    await stop();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

export const GDS_POM = path.join(HERE, 'gds', 'pom.xml');

/**
 * Resolves Neo4j Graph Data Science (open edition, neo4j/gds/pom.xml) from Maven Central once and
 * returns its jars; cached beside Neo4j's own classpath.
 */
/** Bytes of a JVM-style size: "512m", "2g" (as NEO4J_HEAP and NEO4J_PAGECACHE are given). */
export function sizeBytes(size: string): number {
  const m = /^(\d+)([kmg])$/i.exec(size.trim());
  if (!m) throw new Error(`expected a size such as 512m or 2g, got ${JSON.stringify(size)}`);
  return Number(m[1]) * 1024 ** ' kmg'.indexOf(m[2]!.toLowerCase());
}

/** Bytes of the store files of the default database under an embedded home (0 before the first start). */
export function storeBytes(home: string): number {
  const dir = path.join(home, 'data', 'databases', 'neo4j');
  let total = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) total += fs.statSync(full).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return total;
}

/**
 * Advice when the page cache cannot hold the store: Neo4j then reads pages from the operating
 * system's cache or the disk and evicts others for every query, which costs CPU as well as time
 * (measured: 2.5-3 ms of Neo4j CPU per 2-hop neighbourhood with a 512 MB cache on a 2.2 GB store,
 * 0.9 ms with 4 GB). Null when it fits.
 */
export function pageCacheAdvice(home: string, pagecache: string): string | null {
  const store = storeBytes(home);
  const cache = sizeBytes(pagecache);
  if (store <= cache) return null;
  const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
  const suggest = Math.ceil((store * 1.25) / 1024 ** 3);
  return (
    `The Neo4j store (${gb(store)}) is larger than its page cache (${pagecache}): queries will read ` +
    `pages from disk and cost more CPU. Set NEO4J_PAGECACHE=${suggest}g (memory allowing) and restart.`
  );
}

export async function resolveGdsJars(
  cacheDir: string,
  onProgress: (m: string) => void = () => {},
): Promise<string[]> {
  const hash = createHash('sha256').update(fs.readFileSync(GDS_POM)).digest('hex').slice(0, 12);
  const file = path.join(cacheDir, `gds-classpath-${hash}.txt`);
  const read = () => fs.readFileSync(file, 'utf8').trim().split(path.delimiter).filter(Boolean);
  if (fs.existsSync(file) && read().every((j) => fs.existsSync(j))) return read();
  checkPrerequisites(true);
  fs.mkdirSync(cacheDir, { recursive: true });
  onProgress('Resolving Neo4j Graph Data Science from Maven Central (first use only)…');
  const tmp = `${file}.${process.pid}.tmp`;
  const r = spawnSync(
    'mvn',
    ['-B', '-q', '-f', GDS_POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    },
  );
  if (r.status !== 0)
    throw new ProvisionError(
      `Maven could not resolve GDS (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`,
    );
  fs.renameSync(tmp, file);
  return read();
}

/** The classpath with the plugin jars Neo4j does not already have; links them into <home>/plugins. */
function withPlugins(classpath: string, plugins: string[] | undefined, home: string): string {
  if (!plugins?.length) return classpath;
  // .../<group path>/<artifact>/<version>/<artifact>-<version>.jar → .../<group path>/<artifact>
  const artifact = (jar: string) => path.dirname(path.dirname(jar));
  const have = new Set(classpath.split(path.delimiter).map(artifact));
  const extra = plugins.filter((j) => !have.has(artifact(j)));
  const dir = path.join(path.resolve(home), 'plugins');
  fs.mkdirSync(dir, { recursive: true });
  for (const jar of extra) {
    const link = path.join(dir, path.basename(jar));
    if (!fs.existsSync(link)) fs.symlinkSync(jar, link);
  }
  return [classpath, ...extra].join(path.delimiter);
}
