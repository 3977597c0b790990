// Params: $runId, $skip, $limit. Returns the run's communities, largest first: community (properties).
MATCH (k:Community {runId: $runId})
RETURN properties(k) AS community
ORDER BY k.size DESC, k.index
SKIP $skip LIMIT $limit
