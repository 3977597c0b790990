// Params: $kind (or null for all), $skip, $limit. Returns runs, newest first: run (properties).
MATCH (r:AnalysisRun)
WHERE $kind IS NULL OR r.kind = $kind
RETURN properties(r) AS run
ORDER BY r.createdAt DESC, r.id
SKIP $skip LIMIT $limit
