// Params: $entries (list of maps: seq, id (or null), at, userId, username, role, operation, kind,
// entityIds (one string, the ids joined by U+001F; entries written before are lists),
// count, details, prevHash, hash, in seq order), $lastSeq, $lastHash. Creates the entries and
// advances the audit head to the last one. Returns how many entries were written.
MATCH (h:AuditHead {id: 'audit'})
SET h.seq = $lastSeq, h.hash = $lastHash
WITH h
UNWIND $entries AS e
CREATE (:AuditEntry {
  seq: e.seq, id: e.id, at: e.at, userId: e.userId, username: e.username, role: e.role,
  operation: e.operation, kind: e.kind, entityIds: e.entityIds, count: e.count,
  details: e.details, prevHash: e.prevHash, hash: e.hash
})
RETURN count(*) AS written
