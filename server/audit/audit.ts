// The audit trail: every read of person data and every change, appended to a hash-chained log in
// Neo4j. Resolvers call services.audit.record(...) after a successful operation.
// (Being implemented by the trust feature: chaining, storage, verification.)
import type { Principal } from '../auth/types.ts';
import type { Db } from '../db/db.ts';

export interface AuditEvent {
  principal: Principal | null;
  /** The GraphQL field or CLI command, e.g. "neighbourhood", "ingest". */
  operation: string;
  /** "read" for reads of person data, "change" for writes. */
  kind: 'read' | 'change';
  /** uids of the entities involved (persons first); capped by the implementation. */
  entityIds: readonly string[];
  /** How many records the operation returned or changed. */
  count: number;
  /** Small, non-sensitive extra context (arguments without free text). */
  details?: Record<string, unknown>;
}

export class AuditLog {
  constructor(private readonly db: Db) {}

  async record(event: AuditEvent): Promise<void> {
    void this.db;
    void event;
  }
}
