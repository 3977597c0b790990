// The shape of an audit entry, shared by the log (audit.ts) and its durable spool (spool.ts).

/** An entry as stored: every field below `hash` is covered by it. */
export interface AuditEntry {
  seq: number;
  /** Unique id of an entry that went through the spool (absent on entries appended directly). */
  id?: string | null;
  at: number;
  userId: string | null;
  username: string | null;
  role: string | null;
  operation: string;
  kind: string;
  entityIds: string[];
  count: number;
  /** Canonical JSON of the event's details. */
  details: string;
  prevHash: string;
  hash: string;
}

/**
 * Until it is shipped, an entry keeps its entity ids joined by this (unit separator) character:
 * one string to hold in memory (and spool) instead of dozens of objects that would outlive the
 * request.
 */
export const ID_SEPARATOR = '\u001f';

/** An entry before it has a place in the chain; its entity ids joined by ID_SEPARATOR. */
export type PendingEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash' | 'id' | 'entityIds'> & {
  entityIds: string;
  /** `<spool id>:<n>` for an entry that went through a spool (see spool.ts). */
  id?: string;
  /** The random id a spool of an earlier version gave the entry (see spool.ts). */
  legacyId?: string;
};

export const joinIds = (ids: readonly string[]): string => ids.join(ID_SEPARATOR);
export const splitIds = (joined: string): string[] => (joined === '' ? [] : joined.split(ID_SEPARATOR));
