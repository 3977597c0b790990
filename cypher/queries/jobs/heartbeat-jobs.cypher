// Params: $ids, $now. Records that this process is still running these jobs. Returns nothing.
MATCH (j:Job)
WHERE j.id IN $ids AND j.status = 'running'
SET j.heartbeatAt = $now
