// Params: $runAt (epoch ms of the detection run that just stored its candidates).
// Deletes open candidates that run did not find again (the latest run is the authority; merged
// and rejected decisions are kept). Returns how many were deleted.
MATCH (:Person)-[c:POSSIBLY_SAME_AS]->(:Person)
WHERE c.status = 'open' AND c.detectedAt <> $runAt
DELETE c
RETURN count(*) AS pruned
