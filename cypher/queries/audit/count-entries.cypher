// Params: none. Returns how many audit entries exist.
MATCH (e:AuditEntry)
RETURN count(e) AS count
