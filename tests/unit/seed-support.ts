// Helpers for the seed tests: a generated network held in memory with indexes, and a person-to-
// person projection of its evidence (calls, co-offending, shared phones and vehicles, sales,
// associates) like the one community detection runs on.
import { UndirectedGraph } from 'graphology';
import { generateSeedNetwork } from '../../seeds/generator.ts';
import type { NodeRecord, RelRecord } from '../../server/features/ingest/writer.ts';

export interface Network {
  nodes: NodeRecord[];
  rels: RelRecord[];
  records: number;
  persons: Map<string, NodeRecord>;
  nodeKeys: Map<string, number>;
  node(type: string, key: string): NodeRecord | undefined;
  count(type: string): number;
  byType(type: string): NodeRecord[];
  relsOf(type: string): RelRecord[];
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
};

export function collect(people: number, seed: number): Network {
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  for (const b of generateSeedNetwork({ people, seed })) {
    nodes.push(...b.nodes);
    rels.push(...b.rels);
  }
  const nodeKeys = new Map<string, number>();
  const index = new Map<string, NodeRecord>();
  for (const n of nodes) {
    const k = `${n.type}:${n.key}`;
    nodeKeys.set(k, (nodeKeys.get(k) ?? 0) + 1);
    index.set(k, n);
  }
  const persons = new Map(nodes.filter((n) => n.type === 'Person').map((n) => [n.key, n]));
  const byRel = new Map<string, RelRecord[]>();
  for (const r of rels) push(byRel, r.type, r);
  const byNode = new Map<string, NodeRecord[]>();
  for (const n of nodes) push(byNode, n.type, n);
  return {
    nodes,
    rels,
    records: nodes.length + rels.length,
    persons,
    nodeKeys,
    node: (type, key) => index.get(`${type}:${key}`),
    count: (type) => (byNode.get(type)?.length ?? 0) + (byRel.get(type)?.length ?? 0),
    byType: (type) => byNode.get(type) ?? [],
    relsOf: (type) => byRel.get(type) ?? [],
  };
}

/**
 * Person-to-person evidence graph: a call links everyone who used the two phones (times ignored,
 * as a plain projection would), co-offenders 3, shared phone or vehicle 2, seller–buyer 2,
 * associates 2. Each edge also records which kinds of evidence it carries.
 */
export function projectPeople(net: Network): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const key of net.persons.keys()) g.addNode(key);
  const add = (a: string, b: string, w: number, kind: string) => {
    if (a === b) return;
    if (g.hasEdge(a, b)) {
      g.updateEdgeAttribute(a, b, 'weight', (x) => (x as number) + w);
      g.updateEdgeAttribute(a, b, 'kinds', (k) => new Set([...(k as Set<string>), kind]));
    } else g.addEdge(a, b, { weight: w, kinds: new Set([kind]) });
  };
  const clique = (l: readonly string[], w: number, kind: string) => {
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) add(l[i]!, l[j]!, w, kind);
  };
  const users = new Map<string, string[]>();
  for (const r of net.relsOf('USES')) push(users, r.to.key, r.from.key);
  const callFrom = new Map(net.relsOf('FROM').map((r) => [r.from.key, r.to.key]));
  for (const r of net.relsOf('TO')) {
    const from = callFrom.get(r.from.key);
    if (!from) continue;
    for (const a of new Set(users.get(from) ?? []))
      for (const b of new Set(users.get(r.to.key) ?? [])) add(a, b, 1, 'call');
  }
  const parties = new Map<string, string[]>();
  for (const r of net.relsOf('PARTY_TO')) if (r.qualifier !== 'witness') push(parties, r.to.key, r.from.key);
  for (const l of parties.values()) clique([...new Set(l)], 3, 'case');
  for (const l of users.values()) clique([...new Set(l)], 2, 'phone');
  const drivers = new Map<string, string[]>();
  for (const r of [...net.relsOf('OWNS'), ...net.relsOf('DRIVES')]) push(drivers, r.to.key, r.from.key);
  for (const l of drivers.values()) clique([...new Set(l)], 2, 'vehicle');
  const sale = new Map<string, string[]>();
  for (const r of [...net.relsOf('SOLD'), ...net.relsOf('BOUGHT')]) push(sale, r.to.key, r.from.key);
  for (const l of sale.values()) clique(l, 2, 'sale');
  for (const r of net.relsOf('ASSOCIATE_OF')) add(r.from.key, r.to.key, 2, 'associate');
  return g;
}

/** Normalised mutual information (arithmetic mean) of two labellings of the same items. */
export function nmi(pairs: ReadonlyArray<readonly [string, string]>): number {
  const n = pairs.length;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  const ab = new Map<string, number>();
  for (const [x, y] of pairs) {
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
    ab.set(`${x}\u0000${y}`, (ab.get(`${x}\u0000${y}`) ?? 0) + 1);
  }
  let mi = 0;
  for (const [k, c] of ab) {
    const [x, y] = k.split('\u0000') as [string, string];
    mi += (c / n) * Math.log((c * n) / (a.get(x)! * b.get(y)!));
  }
  const h = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s - (c / n) * Math.log(c / n), 0);
  const denom = h(a) + h(b);
  return denom === 0 ? 1 : (2 * mi) / denom;
}
