// Params: none. Tests only: every ASSOCIATE_OF and MEMBER_OF with its ends and properties, ordered.
// Returns: type, from, to, kind, weight, role, directed, sources.
MATCH (a:Entity)-[r:ASSOCIATE_OF|MEMBER_OF|HELD]->(b:Entity)
RETURN type(r) AS type, a.uid AS from, b.uid AS to, r.kind AS kind, r.weight AS weight, r.role AS role,
  r.directed AS directed, r.sources AS sources
ORDER BY type, from, to, kind
