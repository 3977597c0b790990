// Params: none. GDS only: the projected graphs in the catalog. Returns graphName.
CALL gds.graph.list() YIELD graphName
RETURN graphName
