// Paths between entities (shortest, all shortest, k shortest), time-respecting paths, resale
// chains of a relic and the relics a person handled.
import type { Db, Row } from '../../db/db.ts';
import { AppError, badInput } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import type { Plain } from '../../db/values.ts';
import { isPlainNode, isPlainRel, toEntity, SubgraphBuilder } from '../entities/mapping.ts';
import { EntityService } from '../entities/service.ts';
import type { EntityView, PlainNode, PlainRel, SubgraphView } from '../entities/types.ts';
import { checkConfidence, checkId, checkInt, checkTypeNames, checkWindow } from '../entities/validate.ts';
import { checkShippedTypes } from '../graph/service.ts';
import { relicCustody, resaleChains } from './chains.ts';

export const PATH_MODES = ['SHORTEST', 'ALL_SHORTEST', 'K_SHORTEST'] as const;
export type PathMode = (typeof PATH_MODES)[number];
/** Cost limit: paths asked x hop limit. */
export const MAX_PATH_COST = 40;
/** K_SHORTEST pages through at most this many alternatives (find-k-shortest.cypher). */
export const MAX_K_SHORTEST = 50;
/** Types whose flow runs from the end node to the start node (buyer-BOUGHT->sale, call-FROM->caller). */
export const REVERSED_FLOW = ['BOUGHT', 'FROM'];
export const DEFAULT_TIME_TYPES = ['SOLD', 'BOUGHT'];

const FILE: Record<PathMode, string> = {
  SHORTEST: 'queries/paths/find-shortest',
  ALL_SHORTEST: 'queries/paths/find-all-shortest',
  K_SHORTEST: 'queries/paths/find-k-shortest',
};

interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRel[];
}

const isPath = (v: unknown): v is PlainPath =>
  !!v &&
  typeof v === 'object' &&
  Array.isArray((v as PlainPath).nodes) &&
  Array.isArray((v as PlainPath).relationships);

export interface PathView {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
}

export interface ResaleStepView {
  sale: EntityView;
  sellers: EntityView[];
  buyers: EntityView[];
  at: number | null;
  price: number | null;
  currency: string | null;
  soldAt: EntityView | null;
  role?: string;
}

export interface ResaleChainView {
  steps: ResaleStepView[];
  origin: EntityView | null;
  lastHolders: EntityView[];
  startAt: number | null;
  endAt: number | null;
}

function addPath(graph: SubgraphBuilder, p: PlainPath): PathView {
  p.nodes.forEach((n) => graph.addNode(n));
  p.relationships.forEach((r) => graph.addRel(r));
  return {
    length: p.relationships.length,
    nodeIds: p.nodes.map((n) => graph.idOf(n.id)),
    edgeIds: p.relationships.map((r) => r.id),
  };
}

function toStep(raw: Plain, graph: SubgraphBuilder): ResaleStepView | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const o = raw as Record<string, Plain>;
  if (!isPlainNode(o.sale)) return null;
  const people = (v: Plain | undefined) =>
    Array.isArray(v) ? v.flatMap((n) => (isPlainNode(n) ? [graph.addNode(n)] : [])) : [];
  const sale = graph.addNode(o.sale);
  return {
    sale,
    sellers: people(o.sellers),
    buyers: people(o.buyers),
    at: typeof sale.at === 'number' ? sale.at : null,
    price: typeof sale.price === 'number' ? sale.price : null,
    currency: typeof sale.currency === 'string' ? sale.currency : null,
    soldAt: isPlainNode(o.soldAt) ? graph.addNode(o.soldAt) : null,
    ...(typeof o.role === 'string' ? { role: o.role } : {}),
  };
}

export class PathService {
  private readonly entities: EntityService;

  constructor(
    private readonly db: Db,
    private readonly maxResultNodes: number,
  ) {
    this.entities = new EntityService(db);
  }

  async paths(input: {
    from: string;
    to: string;
    mode?: PathMode | null;
    k?: number | null;
    relTypes?: readonly string[] | null;
    maxHops?: number | null;
    minConfidence?: number | null;
    includeMerged?: boolean | null;
    after?: string | null;
  }): Promise<{
    paths: PathView[];
    hasMore: boolean;
    truncated: boolean;
    nextCursor: string | null;
    note: string | null;
    subgraph: SubgraphView;
  }> {
    const mode = input.mode ?? 'SHORTEST';
    const k = mode === 'SHORTEST' ? 1 : checkInt('input.k', input.k, 1, 10, 3);
    if (mode === 'SHORTEST' && input.after)
      throw badInput('input.after: mode SHORTEST returns one path; use ALL_SHORTEST or K_SHORTEST to page.');
    const { skip } = pageArgs(k, input.after ?? null);
    if (mode === 'K_SHORTEST' && skip >= MAX_K_SHORTEST)
      throw badInput(
        `input.after: K_SHORTEST pages through the ${MAX_K_SHORTEST} shortest alternatives at most.`,
      );
    const maxHops = checkInt('input.maxHops', input.maxHops, 1, 8, 4);
    if (k * maxHops > MAX_PATH_COST) {
      throw new AppError(
        'QUERY_TOO_COMPLEX',
        `paths: ${k} paths x ${maxHops} hops exceeds the limit of ${MAX_PATH_COST}; ask for fewer paths or fewer hops.`,
      );
    }
    const relTypes = checkShippedTypes('input.relTypes', input.relTypes);
    const minConfidence = checkConfidence('input.minConfidence', input.minConfidence);
    const [a, b] = await this.entities.resolve('input.from/to', [
      checkId('input.from', input.from),
      checkId('input.to', input.to),
    ]);
    if (a!.eid === b!.eid) throw badInput('input.to: expected an entity other than input.from.');
    const rows = await this.db.read(
      FILE[mode],
      {
        a: a!.eid,
        b: b!.eid,
        relTypes,
        minConfidence,
        includeMerged: input.includeMerged ?? false,
        maxHops,
        skip,
        // One more than shown, to know whether there are more.
        k: mode === 'SHORTEST' ? 1 : k + 1,
      },
      { timeoutMs: 15_000 },
    );
    const page = toPage(
      rows.filter((r) => isPath(r.p)),
      skip,
      k,
    );
    const graph = new SubgraphBuilder();
    graph.addNode(a!.node, 0);
    graph.addNode(b!.node);
    const paths = page.items.map((r) => addPath(graph, r.p as unknown as PlainPath));
    // K_SHORTEST's search stops at MAX_K_SHORTEST alternatives: the last page says so.
    const atLimit = mode === 'K_SHORTEST' && page.nextCursor !== null && skip + k >= MAX_K_SHORTEST;
    const hasMore = page.nextCursor !== null;
    return {
      paths,
      hasMore,
      truncated: hasMore,
      nextCursor: atLimit ? null : page.nextCursor,
      note: atLimit
        ? `More than ${MAX_K_SHORTEST} alternative paths exist; only the ${MAX_K_SHORTEST} shortest can be paged through. Narrow the search (relTypes, maxHops).`
        : hasMore
          ? `More paths than the ${k} shown exist; ask again with after: nextCursor for the next ones.`
          : null,
      subgraph: graph.build({ cap: this.maxResultNodes }),
    };
  }

  async timePaths(input: {
    from: string;
    to: string;
    relTypes?: readonly string[] | null;
    maxHops?: number | null;
    maxGapMs?: number | null;
    window?: { from?: number | null; to?: number | null } | null;
    respectDirection?: boolean | null;
    relicId?: string | null;
    k?: number | null;
  }) {
    const maxHops = checkInt('input.maxHops', input.maxHops, 1, 8, 6);
    const k = checkInt('input.k', input.k, 1, 20, 5);
    const relTypes = checkTypeNames('input.relTypes', input.relTypes) ?? DEFAULT_TIME_TYPES;
    if (relTypes.length === 0) throw badInput('input.relTypes: expected at least one relationship type.');
    const window = checkWindow('input.window', input.window);
    const maxGap = input.maxGapMs ?? null;
    if (maxGap !== null && (!Number.isFinite(maxGap) || maxGap < 0)) {
      throw badInput(`input.maxGapMs: expected milliseconds >= 0, got ${String(maxGap)}.`);
    }
    const ids = [checkId('input.from', input.from), checkId('input.to', input.to)];
    if (input.relicId) ids.push(checkId('input.relicId', input.relicId));
    const [a, b, relic] = await this.entities.resolve('input.from/to/relicId', ids);
    if (relic && !relic.node.labels.includes('Relic')) {
      throw badInput(`input.relicId: expected a Relic, got ${JSON.stringify(input.relicId)}.`);
    }
    const rows = await this.db.read(
      'queries/paths/find-time-respecting',
      {
        a: a!.eid,
        b: b!.eid,
        relTypes,
        reversed: REVERSED_FLOW,
        respectDirection: input.respectDirection ?? true,
        relic: relic?.eid ?? null,
        maxHops,
        maxGap,
        from: window.from,
        to: window.to,
        k,
      },
      { timeoutMs: 20_000 },
    );
    const graph = new SubgraphBuilder();
    graph.addNode(a!.node, 0);
    graph.addNode(b!.node);
    const paths = rows
      .filter((r) => isPath(r.p))
      .map((r) => ({
        ...addPath(graph, r.p as unknown as PlainPath),
        times: (Array.isArray(r.times) ? r.times : []).map(Number),
        departAt: typeof r.departAt === 'number' ? r.departAt : null,
        arriveAt: typeof r.arriveAt === 'number' ? r.arriveAt : null,
      }));
    return { paths, found: paths.length > 0, subgraph: graph.build({ cap: this.maxResultNodes }) };
  }

  async resaleChains(args: {
    relicId: string;
    maxGapMs?: number | null;
    first?: number | null;
    after?: string | null;
  }) {
    const { skip, limit } = pageArgs(args.first, args.after);
    const maxGap = args.maxGapMs ?? null;
    if (maxGap !== null && (!Number.isFinite(maxGap) || maxGap < 0)) {
      throw badInput(`maxGapMs: expected milliseconds >= 0, got ${String(maxGap)}.`);
    }
    const relic = await this.entities.resolveOne('relicId', checkId('relicId', args.relicId));
    if (!relic.node.labels.includes('Relic'))
      throw badInput(`relicId: expected a Relic, got ${JSON.stringify(args.relicId)}.`);
    const [row] = await this.db.read(
      'queries/paths/get-relic-sales',
      { relic: relic.eid },
      { timeoutMs: 10_000 },
    );
    const graph = new SubgraphBuilder();
    const relicView = graph.addNode(relic.node, 0);
    const origin = row && isPlainNode(row.origin) ? graph.addNode(row.origin) : null;
    const raw = Array.isArray(row?.sales) ? row.sales : [];
    const steps = raw.map((s) => toStep(s, new SubgraphBuilder()));
    const valid = steps.flatMap((s, i) => (s ? [i] : []));
    const order = resaleChains(
      valid.map((i) => {
        const s = steps[i]!;
        return {
          key: s.sale.id,
          at: s.at,
          sellers: s.sellers.map((p) => p.id),
          buyers: s.buyers.map((p) => p.id),
        };
      }),
      maxGap,
    ).map((chain) => chain.map((j) => valid[j]!));
    const page = toPage(order.slice(skip, skip + limit + 1), skip, limit);
    // The drawing: the relic, its origin, and every sale of the page's chains with its people and place.
    if (row && isPlainRel(row.takenFrom)) graph.addRel(row.takenFrom as unknown as PlainRel);
    const items: ResaleChainView[] = page.items.map((idx) => {
      const chainSteps = idx.map((i) => {
        const sale = raw[i] as Record<string, Plain>;
        for (const r of Array.isArray(sale.rels) ? sale.rels : [])
          if (isPlainRel(r)) graph.addRel(r as PlainRel);
        return toStep(sale, graph)!;
      });
      const last = chainSteps[chainSteps.length - 1]!;
      return {
        steps: chainSteps,
        origin,
        lastHolders: last.buyers,
        startAt: chainSteps[0]!.at,
        endAt: last.at,
      };
    });
    // Custody from holdings and sales; people and sales by id through the entity service.
    const custodySteps = await relicCustody(this.db, relicView.id);
    const ids = [
      ...new Set(
        custodySteps.flatMap((c) => [c.holder, c.kind === 'SALE' ? c.key : null, ...c.sellers, ...c.buyers]),
      ),
    ].filter((x): x is string => typeof x === 'string');
    const found = new Map<string, EntityView>();
    for (const id of ids) {
      const e = await this.entities.resolveOne('custody', id).catch(() => null);
      if (e) found.set(id, graph.addNode(e.node));
    }
    const pick = (id: string | null) => (id ? (found.get(id) ?? null) : null);
    const picks = (list: string[]) => list.flatMap((id) => (found.get(id) ? [found.get(id)!] : []));
    const custody = custodySteps.map((c) => ({
      ...c,
      holder: pick(c.holder),
      sale: c.kind === 'SALE' ? pick(c.key) : null,
      sellers: picks(c.sellers),
      buyers: picks(c.buyers),
    }));
    return {
      relic: relicView,
      custody,
      origin,
      items,
      nextCursor: page.nextCursor,
      subgraph: graph.build({ cap: this.maxResultNodes }),
    };
  }

  async relicsHandled(args: { personId: string; first?: number | null; after?: string | null }) {
    const { skip, limit } = pageArgs(args.first, args.after);
    const person = await this.entities.resolveOne('personId', checkId('personId', args.personId));
    if (!person.node.labels.includes('Person')) {
      throw badInput(`personId: expected a Person, got ${JSON.stringify(args.personId)}.`);
    }
    const rows: Row[] = await this.db.read(
      'queries/paths/list-relics-handled',
      { person: person.eid, skip, limit: limit + 1 },
      { timeoutMs: 10_000 },
    );
    const items = rows
      .filter((r) => isPlainNode(r.relic))
      .map((r) => {
        const graph = new SubgraphBuilder();
        return {
          relic: toEntity(r.relic as unknown as PlainNode),
          acquiredAt: typeof r.acquiredAt === 'number' ? r.acquiredAt : null,
          disposedAt: typeof r.disposedAt === 'number' ? r.disposedAt : null,
          steps: (Array.isArray(r.steps) ? r.steps : [])
            .map((s) => toStep(s, graph))
            .filter((s): s is ResaleStepView => s !== null),
        };
      });
    return toPage(items, skip, limit);
  }
}
