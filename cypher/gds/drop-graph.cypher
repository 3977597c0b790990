// Params: $graph. GDS only: drops a projected graph if it exists. Returns graphName.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
