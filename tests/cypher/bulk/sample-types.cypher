// Params: $uids [uid]. Test only: every property of these :Entity nodes with its Cypher type, so
// the bulk-load test compares the bulk and incremental graphs value by value and type by type.
MATCH (n:Entity)
WHERE n.uid IN $uids
RETURN n.uid AS uid, [k IN keys(n) WHERE k <> 'ingestedAt' | [k, valueType(n[k]), n[k]]] AS props
