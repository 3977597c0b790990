// Params: none. Tests only: removes every audit spool mark, as an intruder covering a cut of the
// log's end would. Returns how many were removed.
MATCH (m:AuditSpoolMark)
DETACH DELETE m
RETURN count(*) AS removed
