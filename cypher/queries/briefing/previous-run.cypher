// Params: $kind, $before (epoch ms). Returns the newest run of that kind created before the given
// time: run (properties), or no row.
MATCH (r:AnalysisRun {kind: $kind})
WHERE r.createdAt < $before
RETURN properties(r) AS run
ORDER BY r.createdAt DESC
LIMIT 1
