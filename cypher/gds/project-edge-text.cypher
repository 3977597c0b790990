// Params: $graph (GDS graph name), $chunks (list of strings, each "src,dst,weight;src,dst,weight;…"
// with src/dst node indices). GDS only: projects an already-weighted undirected edge list (the API's
// own association projection, server/features/analysis/projection.ts) as a GDS graph whose node ids
// are the indices. The edges travel as compact text chunks, split one chunk at a time, rather than
// as three lists of millions of boxed numbers. Returns nodeCount, relationshipCount.
UNWIND $chunks AS chunk
UNWIND split(chunk, ';') AS edge
WITH split(edge, ',') AS f
WITH gds.graph.project($graph, toInteger(f[0]), toInteger(f[1]),
  {relationshipProperties: {weight: toFloat(f[2])}},
  {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
