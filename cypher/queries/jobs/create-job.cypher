// Params: $job {id, kind, params (JSON text), status, progress, message, createdAt, createdBy,
// owner, heartbeatAt}. Creates a (:Job). Returns job (properties).
CREATE (j:Job)
SET j = $job
RETURN properties(j) AS job
