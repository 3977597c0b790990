// Params: $id, $from (statuses the job may be in), $set (properties to set). Moves a job on only
// from one of the expected statuses, so a cancelled job is never turned back into a running one.
// Returns job (properties) when it moved, no row otherwise.
MATCH (j:Job {id: $id})
WHERE j.status IN $from
SET j += $set
RETURN properties(j) AS job
