// Params: $graph (GDS graph name), $src, $dst (node indices, lists of integers), $weight (list of
// floats, one per edge). GDS only: projects an already-weighted undirected edge list (the API's own
// association projection, server/features/analysis/projection.ts) as a GDS graph whose node ids are
// the indices. Returns nodeCount, relationshipCount.
UNWIND range(0, size($src) - 1) AS i
WITH gds.graph.project($graph, toInteger($src[i]), toInteger($dst[i]),
  {relationshipProperties: {weight: toFloat($weight[i])}},
  {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
