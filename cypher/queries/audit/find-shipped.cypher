// Params: $ids [string] spooled audit entry ids. Returns: id, for each that is already in the log
// (shipped before a crash), so that it is not appended again.
MATCH (e:AuditEntry)
WHERE e.id IN $ids
RETURN e.id AS id
