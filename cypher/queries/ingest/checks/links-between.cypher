// Params: $a, $b (entity uids). Returns {type, kind, from, to, sources, confidence}: every
// relationship between the two, either direction, with the records that say so.
MATCH (a:Entity {uid: $a})-[r]-(b:Entity {uid: $b})
RETURN type(r) AS type, r.kind AS kind, startNode(r).uid AS from, endNode(r).uid AS to, r.sources AS sources,
  r.confidence AS confidence
ORDER BY type, kind
