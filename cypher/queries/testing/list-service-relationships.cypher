// Params: $types (relationship types the service uses or derives). Tests only: every relationship
// of those types with its ends and properties. Returns {id, type, from, to, props} ordered by id.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS from, elementId(b) AS to, properties(r) AS props
ORDER BY id
