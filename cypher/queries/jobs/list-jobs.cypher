// Params: $status (or null for all), $kind (or null), $skip, $limit. Returns jobs, newest first:
// job (properties).
MATCH (j:Job)
WHERE ($status IS NULL OR j.status = $status) AND ($kind IS NULL OR j.kind = $kind)
RETURN properties(j) AS job
ORDER BY j.createdAt DESC, j.id
SKIP $skip LIMIT $limit
