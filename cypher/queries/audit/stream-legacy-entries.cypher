// Params: none. Returns every audit entry stored one (:AuditEntry) node each (before batches), in
// seq order, all stored fields.
MATCH (e:AuditEntry)
WHERE e.seq >= 0
RETURN e.seq AS seq, e.id AS id, e.at AS at, e.userId AS userId, e.username AS username, e.role AS role,
  e.operation AS operation, e.kind AS kind, CASE WHEN e.entityIds IS :: STRING THEN split(e.entityIds, '\u001F') ELSE e.entityIds END AS entityIds, e.count AS count,
  e.details AS details, e.prevHash AS prevHash, e.hash AS hash
ORDER BY e.seq
