// Audit logs as earlier versions stored them, for the tests that show they are still read.
import { GENESIS_HASH, entryHash, type AuditEntry } from '../../server/audit/audit.ts';
import type { Db } from '../../server/db/db.ts';

/**
 * Writes entries as the audit trail stored them before batches, one (:AuditEntry) node each,
 * numbered 1, 2, ... and chained from the genesis hash, and points the head at the last. Entity ids
 * are stored as a list (the oldest form), or joined into one string where `joined(seq)` says so.
 */
export async function writeLegacyLog(
  db: Db,
  entries: ReadonlyArray<Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>>,
  joined: (seq: number) => boolean = () => false,
): Promise<void> {
  let prevHash = GENESIS_HASH;
  const stored = entries.map((fields, i) => {
    const seq = i + 1;
    const hash = entryHash(prevHash, { ...fields, seq });
    const row = {
      ...fields,
      seq,
      entityIds: joined(seq) ? fields.entityIds.join('\u001f') : fields.entityIds,
      prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await db.write('tests/audit/append-legacy-entries', {
    entries: stored,
    lastSeq: stored.length,
    lastHash: prevHash,
  });
}
