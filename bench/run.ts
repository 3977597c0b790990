// npm run bench [-- <id-prefix>...]: runs the suites in bench/suites/, prints each figure as a
// ratio against a reference measured in the same run, with the absolute numbers and the machine,
// and writes bench/results/latest.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult, BenchSuite } from './types.ts';
import { tuneV8 } from '../server/v8-tuning.ts';

// As the service runs (server/v8-tuning.ts): the services under test run in this process.
tuneV8();

const HERE = path.dirname(fileURLToPath(import.meta.url));

function machine(): Record<string, unknown> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = fs
    .readdirSync(path.join(HERE, 'suites'))
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const suites: BenchSuite[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(HERE, 'suites', f)).href)) as { default: BenchSuite };
    suites.push(mod.default);
  }
  const selected = suites.filter(
    (s) =>
      filters.length === 0 ||
      filters.some((f) => s.prefix.startsWith(f.split('.')[0]!) || f.startsWith(s.prefix)),
  );
  if (selected.length === 0) {
    console.error(
      `No suite matches ${filters.join(', ')}. Suites: ${suites.map((s) => s.prefix).join(', ')}`,
    );
    process.exit(2);
  }
  const m = machine();
  console.log(`Machine: ${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}`);
  const results: BenchResult[] = [];
  for (const suite of selected) {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${suite.prefix}-`));
    console.log(`\n== ${suite.prefix}: ${suite.description}`);
    try {
      const out = await suite.run({ log: (msg) => process.stderr.write(`  ${msg}\n`), tmpDir, machine: m });
      for (const r of out) {
        if (filters.length && !filters.some((f) => r.id.startsWith(f))) continue;
        results.push(r);
        const target =
          r.target === null ? '' : ` (target ${r.better === 'higher' ? '>=' : '<='} ${r.target})`;
        const verdict =
          r.target === null
            ? ''
            : (r.better === 'higher' ? r.value >= r.target : r.value <= r.target)
              ? '  ok'
              : '  MISSED';
        console.log(`${r.id.padEnd(34)} ${r.value.toFixed(3)} ${r.unit}${target}${verdict}`);
        console.log(`${''.padEnd(34)} vs ${r.reference}; ${JSON.stringify(r.detail)}`);
      }
    } catch (err) {
      console.error(`suite ${suite.prefix} failed: ${(err as Error).stack ?? String(err)}`);
      process.exitCode = 1;
    } finally {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  }
  const outDir = path.join(HERE, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify(results, null, 2));
  console.log(`\nWrote ${results.length} results to bench/results/latest.json`);
}

void main();
