// Neighbourhoods: expand entities hop by hop (all hops in one statement, each hop returning the new nodes
// with the links that reach them), with filters and a node cap. A result that would pass the cap
// is cut to the best-connected nodes and says so (truncated, totalNodes, note): never silently.
// Phone contacts: the CALLS summaries of a phone or of a person's phones.
import type { Db } from '../../db/db.ts';
import type { Plain } from '../../db/values.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import {
  DRAW_KEYS,
  isPlainNode,
  isPlainRel,
  toEdge,
  toEntity,
  SubgraphBuilder,
} from '../entities/mapping.ts';
import { EntityService } from '../entities/service.ts';
import type { EdgeView, EntityView, PlainNode, PlainRel, SubgraphView } from '../entities/types.ts';
import {
  checkConfidence,
  checkIds,
  checkInt,
  checkTypeNames,
  checkWindow,
  type Window,
} from '../entities/validate.ts';

export interface NeighbourhoodArgs {
  ids: readonly string[];
  hops?: number | null;
  nodeTypes?: readonly string[] | null;
  relTypes?: readonly string[] | null;
  window?: { from?: number | null; to?: number | null } | null;
  minConfidence?: number | null;
  cap?: number | null;
  includeMerged?: boolean | null;
}

/**
 * Relationship types to follow: the model's, and those of records kept as shipped (neo4j-admin
 * imports keep a type outside the model as the dataset spells it, e.g. `KNOWS-SOCIALLY` or `认识`,
 * which the model's type-name rule would refuse): letters of any script, digits, `_`, `-`, `.` and
 * `:`, 1 to 100 characters. The names travel as parameters, never into the statement.
 */
export function checkShippedTypes(
  field: string,
  names: readonly string[] | null | undefined,
): string[] | null {
  if (names === null || names === undefined) return null;
  if (names.length > 50) throw badInput(`${field}: expected at most 50 type names, got ${names.length}.`);
  return names.map((n, i) => {
    if (typeof n !== 'string' || !/^[\p{L}\p{N}_\-.:]{1,100}$/u.test(n)) {
      throw badInput(
        `${field}[${i}]: expected a relationship type name (letters, digits, _ - . :; 1 to 100 characters), got ${JSON.stringify(n)}.`,
      );
    }
    return n;
  });
}

/** Cost limit: starting entities x hops. 20 entities 3 hops deep is the most one query may ask. */
export const MAX_NEIGHBOURHOOD_COST = 60;
const HOP_TIMEOUT_MS = 10_000;

export interface Contact {
  caller: EntityView;
  callee: EntityView;
  count: number;
  firstAt: number | null;
  lastAt: number | null;
  totalSeconds: number | null;
  evidence: EdgeView['evidence'];
}

/** Properties from a flat [k1, v1, k2, v2, ...] run of `list`, starting at `from`. */
function propsOf(list: readonly Plain[], from: number): Record<string, Plain> {
  const props: Record<string, Plain> = {};
  for (let i = from; i + 1 < list.length; i += 2) props[String(list[i])] = list[i + 1]!;
  return props;
}

/** A node as expand-neighbourhood returns it: [labels, k1, v1, ...], with its element id. */
function nodeOf(v: unknown, eid: unknown): PlainNode | null {
  if (!Array.isArray(v) || !Array.isArray(v[0]) || typeof eid !== 'string') return null;
  return { id: eid, labels: v[0].map(String), properties: propsOf(v as Plain[], 1) };
}

/** A relationship as expand-neighbourhood returns it: [element id, type, start, end, k1, v1, ...]. */
function relOf(v: unknown): PlainRel | null {
  if (!Array.isArray(v) || typeof v[0] !== 'string' || typeof v[2] !== 'string' || typeof v[3] !== 'string')
    return null;
  return { id: v[0], type: String(v[1]), start: v[2], end: v[3], properties: propsOf(v as Plain[], 4) };
}

/** A hop as expand-neighbourhood returns it: parallel lists, one entry per neighbour. */
function columnsOf(v: Plain | undefined): { e: Plain[]; known: Plain[]; b: Plain[]; rs: Plain[] } {
  const m = v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  const list = (x: Plain | undefined) => (Array.isArray(x) ? x : []);
  return { e: list(m.e), known: list(m.known), b: list(m.b), rs: list(m.rs) };
}

export class GraphService {
  private readonly entities: EntityService;

  constructor(
    private readonly db: Db,
    private readonly maxResultNodes: number,
  ) {
    this.entities = new EntityService(db);
  }

  /**
   * `opts.drawOnly`: the caller draws the answer and reads no entity details, evidence or
   * properties, so only the properties a drawing needs travel from Neo4j (DRAW_KEYS).
   */
  async neighbourhood(args: NeighbourhoodArgs, opts: { drawOnly?: boolean } = {}): Promise<SubgraphView> {
    const ids = checkIds('input.ids', args.ids, 50);
    const hops = checkInt('input.hops', args.hops, 1, 3, 1);
    const cap = checkInt('input.cap', args.cap, 1, this.maxResultNodes, this.maxResultNodes);
    if (ids.length * hops > MAX_NEIGHBOURHOOD_COST) {
      throw new AppError(
        'QUERY_TOO_COMPLEX',
        `neighbourhood: ${ids.length} starting entities x ${hops} hops exceeds the limit of ${MAX_NEIGHBOURHOOD_COST}; start from fewer entities or expand fewer hops.`,
      );
    }
    if (ids.length > cap)
      throw badInput(`input.cap: expected at least the ${ids.length} starting entities, got ${cap}.`);
    const nodeTypes = checkTypeNames('input.nodeTypes', args.nodeTypes);
    const relTypes = checkShippedTypes('input.relTypes', args.relTypes);
    const window: Window = checkWindow('input.window', args.window);
    const minConfidence = checkConfidence('input.minConfidence', args.minConfidence);
    // Individual Call records are summarised by CALLS; they are expanded only when asked for.
    const wantsCalls = nodeTypes?.includes('Call') || relTypes?.some((t) => t === 'FROM' || t === 'TO');
    const filters = {
      relTypes,
      nodeTypes,
      excludeTypes: wantsCalls ? [] : ['Call'],
      from: window.from,
      to: window.to,
      minConfidence,
      includeMerged: args.includeMerged ?? false,
    };

    // The whole neighbourhood in one statement (one round trip), merged with other requests' when
    // several arrive at once; see expand-neighbourhood.cypher. No row: no starting entity found.
    const [row] = await this.db
      .batched('queries/graph/expand-neighbourhood')
      .run(
        { ...filters, ids: [...new Set(ids)], hops, keys: opts.drawOnly ? DRAW_KEYS : null },
        { cap },
        HOP_TIMEOUT_MS * hops,
      );
    const found = new Set(Array.isArray(row?.found) ? row.found : []);
    ids.forEach((id, i) => {
      if (!found.has(id))
        throw notFound(
          `${ids.length > 1 ? `input.ids[${i}]` : 'input.ids'}: no entity has the id ${JSON.stringify(id)}.`,
        );
    });
    const graph = new SubgraphBuilder();
    const seeds = (Array.isArray(row?.seeds) ? (row.seeds as unknown[]) : []).flatMap((s) => {
      const n = Array.isArray(s) ? nodeOf(s.slice(1), s[0]) : null;
      return n ? [n] : [];
    });
    for (const s of seeds) graph.add(s, 0);
    const visited = new Set(seeds.map((s) => s.id));
    let frontier = [...visited];
    for (let hop = 1; hop <= hops && frontier.length > 0; hop++) {
      const room = cap - graph.nodeCount;
      const before = graph.nodeCount;
      const { e: eids, known: knowns, b: nodes, rs: rels } = columnsOf(row?.[`hop${hop}`]);
      const next: string[] = [];
      let overflow = false;
      for (let i = 0; i < eids.length; i++) {
        const rs = rels[i];
        if (knowns[i] !== true) {
          const b = nodeOf(nodes[i], eids[i]);
          if (!b) continue;
          if (next.length >= room) {
            overflow = true;
            continue;
          }
          graph.add(b, hop);
          next.push(b.id);
        }
        for (const r of Array.isArray(rs) ? rs : []) {
          const rel = relOf(r);
          if (rel) graph.addRel(rel);
        }
      }
      for (const e of next) visited.add(e);
      if (overflow) {
        const [count] = await this.db.read(
          'queries/graph/count-hop',
          { ...filters, frontier, visited: [...visited].slice(0, before) },
          { timeoutMs: HOP_TIMEOUT_MS },
        );
        const total = before + Number(count?.total ?? room + 1);
        return graph.build({
          cap,
          truncated: true,
          totalNodes: total,
          note: `The neighbourhood has at least ${total} nodes within ${hop} hop${hop > 1 ? 's' : ''}, more than the cap of ${cap}; the ${cap} best-connected are shown. Narrow it with filters or fewer hops.`,
        });
      }
      frontier = next;
    }
    return graph.build({ cap });
  }

  async contacts(args: {
    id: string;
    window?: { from?: number | null; to?: number | null } | null;
    first?: number | null;
    after?: string | null;
  }): Promise<{ items: Contact[]; nextCursor: string | null }> {
    const { skip, limit } = pageArgs(args.first, args.after);
    const window = checkWindow('window', args.window);
    const who = await this.entities.resolveOne('id', args.id);
    if (!who.node.labels.includes('Phone') && !who.node.labels.includes('Person')) {
      throw badInput(
        `id: expected a Phone or a Person, got ${JSON.stringify(args.id)} (${who.node.labels.join(':')}).`,
      );
    }
    const rows = await this.db.read(
      'queries/graph/list-contacts',
      { eid: who.eid, from: window.from, to: window.to, skip, limit: limit + 1 },
      { timeoutMs: 10_000 },
    );
    const items: Contact[] = [];
    for (const row of rows) {
      if (!isPlainNode(row.caller) || !isPlainNode(row.callee) || !isPlainRel(row.r)) continue;
      const caller = toEntity(row.caller);
      const callee = toEntity(row.callee);
      const edge = toEdge(row.r as PlainRel, (e) => (e === caller.eid ? caller.id : callee.id));
      items.push({
        caller,
        callee,
        count: edge.weight,
        firstAt: edge.firstAt,
        lastAt: edge.lastAt,
        totalSeconds: typeof edge.properties.totalSeconds === 'number' ? edge.properties.totalSeconds : null,
        evidence: edge.evidence,
      });
    }
    return toPage(items, skip, limit);
  }
}
