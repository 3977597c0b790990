// Params: $graph, $relationshipTypes (list of relationship types to follow, e.g. ['*']). GDS only:
// weakly connected components (deterministic, single-threaded). Returns nodeId (the projected node
// id), componentId.
CALL gds.wcc.stream($graph, {relationshipTypes: $relationshipTypes, concurrency: 1})
YIELD nodeId, componentId
RETURN nodeId, componentId
