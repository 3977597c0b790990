// Params: $graph. GDS only: unweighted degree (number of ties) of every node of an undirected
// projected graph. Returns nodeId (the projected node id), score.
CALL gds.degree.stream($graph)
YIELD nodeId, score
RETURN nodeId, score
