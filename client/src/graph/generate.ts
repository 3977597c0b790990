// A generated criminal-network-like graph (people in gangs, a few brokers between gangs, phones
// and vehicles) with a precomputed layout, for the benchmark and for tests of level of detail.
import type { Subgraph } from './types.ts';
import { mulberry32 } from './rng.ts';

export function generateNetwork(nodes: number, edges: number, seed = 1): Subgraph {
  const rand = mulberry32(seed);
  const gangSize = 40;
  const gangs = Math.max(1, Math.ceil(nodes / gangSize));
  const cols = Math.ceil(Math.sqrt(gangs));
  const out: Subgraph = { nodes: [], edges: [] };
  const types = ['Person', 'Person', 'Person', 'Phone', 'Vehicle'] as const;
  for (let i = 0; i < nodes; i++) {
    const g = i % gangs;
    const cx = (g % cols) * 10;
    const cy = Math.floor(g / cols) * 10;
    const r = 3 * Math.sqrt(rand());
    const a = rand() * Math.PI * 2;
    const type = types[i % types.length]!;
    out.nodes.push({
      id: `${type}:g${i}`,
      type,
      label: `${type} ${i}`,
      community: g,
      confidence: 0.5 + rand() / 2,
      x: cx + r * Math.cos(a),
      y: cy + r * Math.sin(a),
    });
  }
  const seen = new Set<string>();
  let attempts = 0;
  while (out.edges.length < edges && attempts < edges * 5) {
    attempts++;
    const s = Math.floor(rand() * nodes);
    const g = s % gangs;
    // 92% of links stay inside the gang; the rest reach another gang (brokers, buyers).
    const tg = rand() < 0.92 ? g : Math.floor(rand() * gangs);
    const members = Math.floor((nodes - 1 - tg) / gangs) + 1;
    const t = tg + gangs * Math.floor(rand() * members);
    if (t === s || t >= nodes) continue;
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.edges.push({
      id: `e${out.edges.length}`,
      source: out.nodes[s]!.id,
      target: out.nodes[t]!.id,
      type: 'ASSOCIATE_OF',
      weight: 1 + Math.floor(rand() * 5),
      confidence: 0.5 + rand() / 2,
    });
  }
  return out;
}
