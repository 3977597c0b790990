// Looking entities up by API id (uid, or element id for records kept as they were), in batches.
import type { Db } from '../../db/db.ts';
import { notFound } from '../../errors.ts';
import { serviceLabelUse } from '../model/service-names.ts';
import { isPlainNode, toEntity } from './mapping.ts';
import type { EntityView, PlainNode } from './types.ts';

export interface ResolvedNode {
  id: string;
  eid: string;
  node: PlainNode;
}

export class EntityService {
  constructor(private readonly db: Db) {}

  /** One query for many ids; missing ids are absent from the map. */
  async byIds(ids: readonly string[]): Promise<Map<string, EntityView>> {
    const out = new Map<string, EntityView>();
    if (ids.length === 0) return out;
    const rows = await this.db.read(
      'queries/entities/get-by-ids',
      { ids: [...new Set(ids)] },
      { timeoutMs: 5_000 },
    );
    for (const row of rows) {
      if (typeof row.id === 'string' && isPlainNode(row.n)) out.set(row.id, toEntity(row.n));
    }
    return out;
  }

  /** Resolves API ids to nodes; throws NOT_FOUND naming the field and the first missing id. */
  async resolve(field: string, ids: readonly string[]): Promise<ResolvedNode[]> {
    const rows = await this.db.read(
      'queries/graph/resolve-ids',
      { ids: [...new Set(ids)] },
      { timeoutMs: 5_000 },
    );
    const found = new Map<string, ResolvedNode>();
    for (const row of rows) {
      if (typeof row.id === 'string' && typeof row.eid === 'string' && isPlainNode(row.n)) {
        found.set(row.id, { id: row.id, eid: row.eid, node: row.n });
      }
    }
    return ids.map((id, i) => {
      const r = found.get(id);
      if (!r)
        throw notFound(
          `${ids.length > 1 ? `${field}[${i}]` : field}: no entity has the id ${JSON.stringify(id)}.`,
        );
      return r;
    });
  }

  async resolveOne(field: string, id: string): Promise<ResolvedNode> {
    const [r] = await this.resolve(field, [id]);
    return r!;
  }

  /** Labels and relationship types present, without the service's own bookkeeping labels. */
  async vocabulary(): Promise<{ entityTypes: string[]; relationshipTypes: string[] }> {
    const [row] = await this.db.read('queries/entities/list-vocabulary', {}, { timeoutMs: 5_000 });
    const labels = (Array.isArray(row?.labels) ? row.labels : []).map(String);
    const rels = (Array.isArray(row?.relTypes) ? row.relTypes : []).map(String).filter((t) => t !== 'ABOUT');
    return {
      entityTypes: labels.filter((l) => l !== 'Entity' && serviceLabelUse(l) === undefined).sort(),
      relationshipTypes: rels.sort(),
    };
  }
}
