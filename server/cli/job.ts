// npm run job -- communities [--resolution 1] [--seed 42] [--samples 500] [--from ms] [--to ms] [--min-confidence 0]
// npm run job -- takedown [--people Person:a,Person:b] [--strategies betweenness,brokers,degree,greedy] [--k 5]
// npm run job -- evolution --from <ms> --to <ms> [--window-days 180] [--step-days 90]
// npm run job -- repeat-offenders [--min-cases 2]
// npm run job -- status <id> | list | cancel <id>
// communities, takedown and evolution take [--engine AUTO|GRAPHOLOGY|GDS] (default AUTO).
// Runs the job in this process (analysis in a worker thread, or in Neo4j GDS) with a progress bar,
// and prints its result as JSON. Needs an account with run:jobs (takedown: read:briefing), from
// CRIMEGRAPH_TOKEN or CRIMEGRAPH_USER/PASSWORD; the start is audited as `job:<kind>` under that
// account, like the GraphQL mutations.
import cliProgress from 'cli-progress';
import { AppError } from '../errors.ts';
import { ANALYSIS_ENGINES, checkEngine, jobStartAudit, type EngineJobKind } from '../jobs/analysis-jobs.ts';
import { cliPrincipal, fail, openCli } from './context.ts';

const KINDS = ['communities', 'takedown', 'evolution', 'repeat-offenders'];
const ENGINE_KINDS: readonly string[] = ['communities', 'takedown', 'evolution'] satisfies EngineJobKind[];
/** The permission each kind needs: as the GraphQL mutations (commanders run takedowns). */
const PERMISSION = { takedown: 'read:briefing' } as const;

function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) fail(`unexpected argument ${a}`, 2);
    const v = args[i + 1];
    if (v === undefined || v.startsWith('--')) fail(`${a}: expected a value`, 2);
    out[a.slice(2)] = v;
    i++;
  }
  return out;
}

function numberFlag(f: Record<string, string>, name: string): number | undefined {
  if (f[name] === undefined) return undefined;
  const v = Number(f[name]);
  if (!Number.isFinite(v)) fail(`--${name}: expected a number, got ${f[name]}`, 2);
  return v;
}

function engineFlag(kind: string, f: Record<string, string>): string | undefined {
  if (f.engine === undefined) return undefined;
  if (!ENGINE_KINDS.includes(kind)) fail(`--engine: only for ${ENGINE_KINDS.join(', ')}`, 2);
  const v = f.engine.toUpperCase();
  if (!(ANALYSIS_ENGINES as readonly string[]).includes(v)) {
    fail(`--engine: expected one of ${ANALYSIS_ENGINES.join(', ')}, got ${f.engine}`, 2);
  }
  return v;
}

function params(kind: string, f: Record<string, string>): Record<string, unknown> {
  const engine = engineFlag(kind, f);
  const projection = {
    from: numberFlag(f, 'from'),
    to: numberFlag(f, 'to'),
    minConfidence: numberFlag(f, 'min-confidence'),
  };
  const common = { resolution: numberFlag(f, 'resolution'), seed: numberFlag(f, 'seed'), engine };
  if (kind === 'communities') return { ...common, betweennessSamples: numberFlag(f, 'samples'), projection };
  if (kind === 'takedown') {
    return {
      ...common,
      people: f.people ? f.people.split(',') : undefined,
      strategies: f.strategies ? f.strategies.split(',') : undefined,
      k: numberFlag(f, 'k'),
      projection,
    };
  }
  if (kind === 'evolution') {
    return {
      ...common,
      from: numberFlag(f, 'from'),
      to: numberFlag(f, 'to'),
      windowDays: numberFlag(f, 'window-days'),
      stepDays: numberFlag(f, 'step-days'),
      projection: { minConfidence: projection.minConfidence },
    };
  }
  return { minCases: numberFlag(f, 'min-cases'), projection };
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command) fail(`usage: npm run job -- <${KINDS.join('|')}|status|list|cancel> [--flags]`, 2);
  const cli = await openCli();
  try {
    const jobs = cli.services.jobs();
    if (command === 'list') {
      await cliPrincipal(cli.services, 'read:jobs');
      for (const j of await jobs.list({ skip: 0, limit: 50 })) {
        console.log(
          `${j.id}  ${j.kind.padEnd(16)} ${j.status.padEnd(9)} ${(j.progress * 100).toFixed(0)}%  ${j.message ?? ''}`,
        );
      }
      return;
    }
    if (command === 'status' || command === 'cancel') {
      await cliPrincipal(cli.services, command === 'cancel' ? 'run:jobs' : 'read:jobs');
      if (!rest[0]) fail(`usage: npm run job -- ${command} <id>`, 2);
      const job = command === 'cancel' ? await jobs.cancel(rest[0]) : await jobs.get(rest[0]);
      console.log(JSON.stringify(job, null, 2));
      return;
    }
    if (!KINDS.includes(command)) fail(`unknown job ${command}; expected ${KINDS.join(', ')}`, 2);
    const principal = await cliPrincipal(
      cli.services,
      PERMISSION[command as keyof typeof PERMISSION] ?? 'run:jobs',
    );
    const p = JSON.parse(JSON.stringify(params(command, flags(rest)))) as Record<string, unknown>;
    // engine GDS without GDS installed: refused before the job is queued, as by the mutation.
    if (ENGINE_KINDS.includes(command)) await checkEngine(cli.services.db(), command as EngineJobKind, p);
    const job = await jobs.submit(command, p, principal.username);
    await cli.services.audit.record(jobStartAudit(principal, `job:${command}`, job, 'cli'));
    process.stderr.write(`job ${job.id} queued\n`);
    const bar = new cliProgress.SingleBar(
      { format: ' {bar} {percentage}% | {message}', hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(100, 0, { message: 'queued' });
    process.on('SIGINT', () => void jobs.cancel(job.id).catch(() => undefined));
    const done = await jobs.wait(job.id, (j) =>
      bar.update(Math.round(j.progress * 100), { message: j.message ?? j.status }),
    );
    bar.stop();
    if (done.status !== 'succeeded') fail(`job ${done.id} ${done.status}: ${done.error ?? ''}`);
    process.stderr.write(`job ${done.id} succeeded (engine: ${done.engine})\n`);
    console.log(JSON.stringify({ id: done.id, runId: done.runId, result: done.result }, null, 2));
  } catch (err) {
    if (err instanceof AppError) fail(err.message);
    throw err;
  } finally {
    await cli.close();
  }
}

void main();
