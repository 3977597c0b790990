// Params: $ids [string] ids of spooled audit entries written by a version that gave each a random
// id. Returns: id, for each that such a version already stored as an (:AuditEntry) (shipped before
// a crash), so that it is not appended again.
MATCH (e:AuditEntry)
WHERE e.id IN $ids
RETURN e.id AS id
