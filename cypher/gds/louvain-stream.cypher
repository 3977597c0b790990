// Params: $graph, $maxLevels, $maxIterations, $tolerance, $concurrency. GDS only: weighted Louvain
// in stream mode on a projected graph (concurrency 1 makes it deterministic). Returns nodeId (the
// projected node id), communityId.
CALL gds.louvain.stream($graph, {
  relationshipWeightProperty: 'weight',
  maxLevels: toInteger($maxLevels),
  maxIterations: toInteger($maxIterations),
  tolerance: $tolerance,
  concurrency: toInteger($concurrency)
})
YIELD nodeId, communityId
RETURN nodeId, communityId
