// Params: none. Returns the entity records per data source and type: source (a source record's
// part before '#', e.g. a file or feed name), type (entity type), count.
MATCH (n:Entity)
UNWIND coalesce(n.sources, ['unknown']) AS s
WITH split(s, '#')[0] AS source, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n
RETURN source, type, count(DISTINCT n) AS count
ORDER BY source, type
