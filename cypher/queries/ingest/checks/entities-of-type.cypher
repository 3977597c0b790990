// Params: $label. Returns {key, props}: every :Entity of that type label with its properties
// (searchText and provenance included), by key.
MATCH (n:Entity)
WHERE $label IN labels(n)
RETURN n.key AS key, properties(n) AS props
ORDER BY key
