// Params: none. Returns {from, type, to, props} of every relationship between :Entity nodes,
// streamed, for a canonical fingerprint of the graph (the caller drops ingestedAt and sorts).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.uid AS from, type(r) AS type, b.uid AS to, properties(r) AS props
