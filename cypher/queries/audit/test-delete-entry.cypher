// Params: $seq. Tests only: removes one audit entry, as an intruder with database access would,
// so the tests can show the hash chain detects it. Returns how many entries were removed.
MATCH (e:AuditEntry {seq: $seq})
DELETE e
RETURN count(*) AS deleted
