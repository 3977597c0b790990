// Params: $graph, $gamma (resolution), $randomSeed, $maxLevels, $concurrency. GDS only: weighted
// Leiden in stream mode on a projected (undirected) graph; a seed with concurrency 1 makes it
// reproducible. Returns nodeId (the projected node id), communityId.
CALL gds.leiden.stream($graph, {
  relationshipWeightProperty: 'weight',
  gamma: toFloat($gamma),
  randomSeed: toInteger($randomSeed),
  maxLevels: toInteger($maxLevels),
  concurrency: toInteger($concurrency)
})
YIELD nodeId, communityId
RETURN nodeId, communityId
