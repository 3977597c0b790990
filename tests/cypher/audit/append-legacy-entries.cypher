// Tests only. Params: $entries (list of maps: seq, id (or null), at, userId, username, role,
// operation, kind, entityIds (one string, the ids joined by U+001F, or a list, as written before
// they were joined), count, details, prevHash, hash, in seq order), $lastSeq, $lastHash. Writes
// entries as the audit trail stored them before batches (one (:AuditEntry) each) and advances the
// head, so that the tests can show such a log still verifies and lists.
MERGE (h:AuditHead {id: 'audit'})
SET h.seq = $lastSeq, h.hash = $lastHash
WITH h
UNWIND $entries AS e
CREATE (:AuditEntry {
  seq: e.seq, id: e.id, at: e.at, userId: e.userId, username: e.username, role: e.role,
  operation: e.operation, kind: e.kind, entityIds: e.entityIds, count: e.count,
  details: e.details, prevHash: e.prevHash, hash: e.hash
})
RETURN count(*) AS written
