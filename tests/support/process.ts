// Spawns the real service (`node --import tsx server/main.ts`, or `npm start` itself) as a child
// process for tests, and reads process trees from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first log line whose msg matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

export function spawnService(env: Record<string, string>, args: string[] = []): ServiceProcess {
  return spawnLogged(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], env);
}

/**
 * Runs an npm script the way a user does (`npm start`), in a process group of its own (so a test
 * can send what a terminal's Ctrl-C sends: SIGINT to the whole group).
 */
export function spawnNpm(script: string, env: Record<string, string>): ServiceProcess {
  // Not the npm_* variables of the npm that may be running vitest: the script must see its own.
  return spawnLogged('npm', script === 'start' ? ['start'] : ['run', script], env, {
    detached: true,
    drop: (k) => k.startsWith('npm_'),
  });
}

function spawnLogged(
  command: string,
  args: string[],
  env: Record<string, string>,
  opts: { detached?: boolean; drop?: (key: string) => boolean } = {},
): ServiceProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !k.startsWith('NEO4J_') && k !== 'PORT' && k !== 'CRIMEGRAPH_DATA_DIR' && !(opts.drop?.(k) ?? false),
    ),
  );
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...clean, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: opts.detached ?? false,
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (c: Buffer) => {
    out += c.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor: (pattern, timeoutMs = 180_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          for (const line of out.split('\n')) {
            if (!line.startsWith('{')) continue;
            try {
              const obj = JSON.parse(line) as Record<string, unknown>;
              if (typeof obj.msg === 'string' && pattern.test(obj.msg)) {
                cleanup();
                resolve(obj);
                return;
              }
            } catch {
              /* partial line */
            }
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern}; output:\n${out.slice(-3000)}`));
        }, timeoutMs);
        const onExit = () => {
          check();
          cleanup();
          reject(new Error(`service exited before ${pattern}; output:\n${out.slice(-3000)}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
        };
        listeners.add(check);
        child.on('exit', onExit);
        check();
      }),
  };
}

/** Whether the process runs (a zombie, dead but not yet reaped by its parent, does not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  return procStat(pid)?.state !== 'Z';
}

export interface ProcInfo {
  pid: number;
  ppid: number;
  state: string;
  /** The command line, arguments joined by spaces. */
  cmdline: string;
}

function procStat(pid: number): Omit<ProcInfo, 'cmdline'> | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid …; comm may contain spaces and parentheses, so split after the last ')'.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(ppid), state: state! };
  } catch {
    return undefined;
  }
}

/** The process and all its descendants, from /proc (Linux). */
export function processTree(root: number): ProcInfo[] {
  const all: ProcInfo[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(Number(name));
    if (!st) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      /* gone meanwhile */
    }
    all.push({ ...st, cmdline });
  }
  const tree: ProcInfo[] = [];
  const wanted = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (wanted.has(p.ppid) && !wanted.has(p.pid)) {
        wanted.add(p.pid);
        grew = true;
      }
    }
  }
  for (const p of all) if (wanted.has(p.pid)) tree.push(p);
  return tree;
}

export async function waitUntil(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return cond();
}
