// Params: $kind. Returns the newest run of that kind: run (properties), or no row.
MATCH (r:AnalysisRun {kind: $kind})
RETURN properties(r) AS run
ORDER BY r.createdAt DESC
LIMIT 1
