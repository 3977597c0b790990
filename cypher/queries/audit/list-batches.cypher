// Params: $beforeSeq (cursor: only batches that start below it; never null, so that the firstSeq
// index is walked backwards from it), $user, $operation (or null: only batches holding an entry
// of that user id or username, that operation), $entityId (or null: only batches whose bodies
// mention it as a JSON string, $entityIdJson), $from, $to (epoch ms or null: batches overlapping
// the window), $limit (most batches). Returns firstSeq, prevHash, bodies, hashes of the batches
// that may hold matching entries, newest first; the caller checks each entry exactly.
MATCH (b:AuditBatch)
WHERE b.firstSeq < $beforeSeq
  AND ($user IS NULL OR $user IN b.users)
  AND ($operation IS NULL OR $operation IN b.operations)
  AND ($entityIdJson IS NULL OR any(body IN b.bodies WHERE body CONTAINS $entityIdJson))
  AND ($from IS NULL OR b.lastAt >= $from)
  AND ($to IS NULL OR b.firstAt <= $to)
RETURN b.firstSeq AS firstSeq, b.prevHash AS prevHash, b.bodies AS bodies, b.hashes AS hashes
ORDER BY b.firstSeq DESC
LIMIT $limit
