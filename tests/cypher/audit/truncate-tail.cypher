// Params: $fromSeq (the first seq of a batch). Tests only: removes every audit batch from that
// one on and moves the audit head back to the entry before it, as an intruder cutting the end of
// the log would, so the tests can show verify detects it. Returns how many batches were removed.
MATCH (h:AuditHead {id: 'audit'})
OPTIONAL MATCH (last:AuditBatch {lastSeq: $fromSeq - 1})
WITH h, coalesce(last.hash, '0000000000000000000000000000000000000000000000000000000000000000') AS hash
SET h.seq = $fromSeq - 1, h.hash = hash
WITH h
CALL {
  MATCH (b:AuditBatch)
  WHERE b.firstSeq >= $fromSeq
  DETACH DELETE b
  RETURN count(*) AS removed
}
RETURN removed
