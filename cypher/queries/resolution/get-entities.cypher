// Params: $uids. Returns each entity found: uid, labels, props (all its properties).
MATCH (n:Entity)
WHERE n.uid IN $uids
RETURN n.uid AS uid, labels(n) AS labels, properties(n) AS props
