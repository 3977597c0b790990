// Params: $limit. Returns queued jobs, oldest first: job (properties).
MATCH (j:Job {status: 'queued'})
RETURN properties(j) AS job
ORDER BY j.createdAt, j.id
LIMIT $limit
