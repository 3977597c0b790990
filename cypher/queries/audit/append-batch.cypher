// Params: $firstSeq, $lastSeq, $prevHash (the hash before the first entry), $hash (the last
// entry's), $firstAt, $lastAt (epoch ms), $users [string] (the distinct user ids and usernames of
// its entries), $operations [string] (distinct), $bodies [string] (each entry's canonical JSON, the
// text its hash covers, in seq order), $hashes [string], $marks [{spool, upTo}] (how far each
// spool that sent entries has now shipped). Stores the entries as one batch, advances the audit
// head to the last one and the spools' marks (each with the log's seq after it: verify reports a
// mark past the end of the log, entries removed). Run after lock-head, in the same transaction.
MATCH (h:AuditHead {id: 'audit'})
SET h.seq = $lastSeq, h.hash = $hash
CREATE (:AuditBatch {
  firstSeq: $firstSeq, lastSeq: $lastSeq, prevHash: $prevHash, hash: $hash,
  firstAt: $firstAt, lastAt: $lastAt, users: $users, operations: $operations,
  bodies: $bodies, hashes: $hashes
})
WITH h
UNWIND $marks AS mark
MERGE (m:AuditSpoolMark {spool: mark.spool})
SET m.upTo = mark.upTo, m.seq = $lastSeq
RETURN count(*) AS marks
