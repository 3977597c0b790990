// Test only. Params: none. Rewrites every entry's entity ids in the format written before they were
// joined into one string (a list), to check that such entries still verify and are found.
MATCH (e:AuditEntry)
WHERE e.entityIds IS :: STRING
SET e.entityIds = split(e.entityIds, '\u001F')
