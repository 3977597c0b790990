// Runs Debian's /usr/bin/python3 (with python3-igraph / python3-networkx) for reference results.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const PYTHON = process.env.CRIMEGRAPH_PYTHON ?? '/usr/bin/python3';

/** Whether the reference Python has the given modules; says so on stderr when it does not (a skip). */
export function pythonHas(...modules: string[]): boolean {
  const r = fs.existsSync(PYTHON)
    ? spawnSync(PYTHON, ['-c', modules.map((m) => `import ${m}`).join('; ')], { encoding: 'utf8' })
    : undefined;
  if (r?.status === 0) return true;
  console.warn(
    `Skipping the comparison with Python: ${PYTHON} lacks ${modules.join(', ')} ` +
      `(Debian: apt-get install ${modules.map((m) => `python3-${m}`).join(' ')}; .ci/run installs them).`,
  );
  return false;
}

/** Runs a Python script with arguments and parses its last stdout line as JSON. */
export function runPython<T>(script: string, args: string[] = [], timeoutMs = 600_000): T {
  const r = spawnSync(PYTHON, ['-c', script, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr.slice(-3000)}`);
  const lines = r.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as T;
}

/** Generates an LFR benchmark graph with networkx; writes its edge list; returns planted communities. */
export const LFR_SCRIPT = `
import sys, json
import networkx as nx
n, mu, seed, out = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
G = nx.LFR_benchmark_graph(n, 2.5, 1.5, mu, average_degree=15, max_degree=60,
                           min_community=20, max_community=100, seed=seed)
G.remove_edges_from(nx.selfloop_edges(G))
comm = {}
for v in G:
    comm[v] = min(G.nodes[v]['community'])
with open(out, 'w') as f:
    for a, b in G.edges():
        f.write(f"{a} {b}\\n")
print(json.dumps({"truth": [comm[v] for v in range(n)], "edges": G.number_of_edges()}))
`;

/** igraph's multilevel (Louvain) on an edge-list file: membership, modularity, and timings. */
export const IGRAPH_MULTILEVEL_SCRIPT = `
import sys, json, time, resource
import igraph
t0 = time.perf_counter()
g = igraph.Graph.Read_Edgelist(sys.argv[1], directed=False)
t1 = time.perf_counter()
c = g.community_multilevel(resolution=float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
t2 = time.perf_counter()
want = len(sys.argv) > 3 and sys.argv[3] == 'membership'
print(json.dumps({
  "buildSeconds": t1 - t0, "louvainSeconds": t2 - t1, "modularity": c.modularity,
  "communities": len(c), "peakRssBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
  "membership": c.membership if want else None}))
`;
