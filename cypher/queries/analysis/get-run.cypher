// Params: $runId. Returns the run: run (properties), or no row.
MATCH (r:AnalysisRun {id: $runId})
RETURN properties(r) AS run
