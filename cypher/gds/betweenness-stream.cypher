// Params: $graph, $samplingSize (source nodes to sample; the node count for exact), $samplingSeed.
// GDS only: betweenness centrality on hop distances (unweighted), exact or estimated from a seeded
// sample of sources. Returns nodeId (the projected node id), score.
CALL gds.betweenness.stream($graph, {
  samplingSize: toInteger($samplingSize),
  samplingSeed: toInteger($samplingSeed)
})
YIELD nodeId, score
RETURN nodeId, score
