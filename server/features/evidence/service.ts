// why(a, b): the records that link two entities, directly or through one intermediary, with
// their sources. An intermediary that is an event (a sale, a call, a case) is itself a record, so
// its sources are part of the evidence.
import type { Db } from '../../db/db.ts';
import { badInput } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import { isPlainNode, isPlainRel, toEdge, toEntity } from '../entities/mapping.ts';
import { EntityService } from '../entities/service.ts';
import type { EdgeView, EntityView, PlainRel } from '../entities/types.ts';
import { checkId } from '../entities/validate.ts';

export interface EvidenceLink {
  via: EntityView | null;
  edges: EdgeView[];
  sources: string[];
  confidence: number | null;
}

export class EvidenceService {
  private readonly entities: EntityService;

  constructor(private readonly db: Db) {
    this.entities = new EntityService(db);
  }

  async why(args: { a: string; b: string; first?: number | null; after?: string | null }) {
    const { skip, limit } = pageArgs(args.first, args.after);
    const [a, b] = await this.entities.resolve('a/b', [checkId('a', args.a), checkId('b', args.b)]);
    if (a!.eid === b!.eid) throw badInput('b: expected an entity other than a.');
    const rows = await this.db.read(
      'queries/evidence/find-links',
      { a: a!.eid, b: b!.eid, includeMerged: false, skip, limit: limit + 1 },
      { timeoutMs: 10_000 },
    );
    const ids = new Map([
      [a!.eid, a!.id],
      [b!.eid, b!.id],
    ]);
    const items: EvidenceLink[] = rows.map((row) => {
      const via = isPlainNode(row.via) ? toEntity(row.via) : null;
      if (via) ids.set(via.eid, via.id);
      const rels = (Array.isArray(row.rels) ? row.rels : [])
        .map((l) => (l as { r?: unknown }).r)
        .filter(isPlainRel) as PlainRel[];
      const edges = rels.map((r) => toEdge(r, (e) => ids.get(e) ?? e));
      const sources = new Set<string>();
      for (const e of edges) e.evidence.sources.forEach((s) => sources.add(s));
      if (via && via.properties.at !== undefined) via.sources.forEach((s) => sources.add(s));
      return {
        via,
        edges,
        sources: [...sources],
        confidence: typeof row.confidence === 'number' ? row.confidence : null,
      };
    });
    return toPage(items, skip, limit);
  }
}
