// Params: $id. Returns job (properties), or no row.
MATCH (j:Job {id: $id})
RETURN properties(j) AS job
