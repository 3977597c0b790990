// Params: $skip, $limit. The recorded ingest runs, newest first. Returns: imp (properties of the :Import).
MATCH (i:Import)
WITH i
ORDER BY i.at DESC, i.id
SKIP $skip
LIMIT $limit
RETURN properties(i) AS imp
