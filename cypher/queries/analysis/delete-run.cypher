// Params: $runId. Deletes a run, its communities and memberships (used when a job is cancelled
// half-way through its write-back). Returns nothing.
MATCH (r:AnalysisRun {id: $runId})
OPTIONAL MATCH (r)-[:FOUND]->(k:Community)
DETACH DELETE k, r
