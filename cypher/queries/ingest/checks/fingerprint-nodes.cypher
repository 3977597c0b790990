// Params: none. Returns {uid, labels, props} of every :Entity node, streamed, for a canonical
// fingerprint of the graph (the caller drops ingestedAt and sorts).
MATCH (n:Entity)
RETURN n.uid AS uid, labels(n) AS labels, properties(n) AS props
