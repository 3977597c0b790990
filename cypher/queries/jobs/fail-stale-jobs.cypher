// Params: $owner (this process), $staleBefore (epoch ms), $now, $reason. Marks failed every job
// left running by another process whose heartbeat stopped before $staleBefore (e.g. it was killed
// or restarted): a job is never left "running" forever. Returns id.
MATCH (j:Job {status: 'running'})
WHERE j.owner <> $owner AND coalesce(j.heartbeatAt, 0) < $staleBefore
SET j.status = 'failed', j.error = $reason, j.message = $reason, j.finishedAt = $now
RETURN j.id AS id
