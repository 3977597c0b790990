// Params: $user (user id or username, or null), $operation (or null), $entityId (or null),
// $from, $to (epoch ms or null), $beforeSeq (cursor: only entries with a smaller seq; never null,
// so that the seq index is walked backwards from it and the walk stops at $limit matches),
// $limit. Returns matching entries stored one (:AuditEntry) node each (before batches), newest
// first.
MATCH (e:AuditEntry)
WHERE e.seq < $beforeSeq
  AND ($user IS NULL OR e.userId = $user OR e.username = $user)
  AND ($operation IS NULL OR e.operation = $operation)
  AND ($entityId IS NULL OR $entityId IN CASE WHEN e.entityIds IS :: STRING THEN split(e.entityIds, '\u001F') ELSE e.entityIds END)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at <= $to)
RETURN e.seq AS seq, e.id AS id, e.at AS at, e.userId AS userId, e.username AS username, e.role AS role,
  e.operation AS operation, e.kind AS kind, CASE WHEN e.entityIds IS :: STRING THEN split(e.entityIds, '\u001F') ELSE e.entityIds END AS entityIds, e.count AS count,
  e.details AS details, e.prevHash AS prevHash, e.hash AS hash
ORDER BY e.seq DESC
LIMIT $limit
