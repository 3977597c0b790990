// Params: $runId, $limit. Returns the run's largest communities (at most $limit), largest first:
// community (properties), and total: the run's community count.
MATCH (r:AnalysisRun {id: $runId})
CALL {
  WITH r
  MATCH (r)-[:FOUND]->(k:Community)
  RETURN count(k) AS total
}
MATCH (r)-[:FOUND]->(k:Community)
WITH k, total
ORDER BY k.size DESC, k.index
LIMIT $limit
RETURN properties(k) AS community, total
