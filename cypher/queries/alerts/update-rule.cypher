// Params: $id, $params (JSON text), $shared, $enabled, $now. Changes a rule; the next ingest
// evaluates it as it is then. Returns: rule.
MATCH (r:AlertRule {id: $id})
SET r.params = $params, r.shared = $shared, r.enabled = $enabled, r.updatedAt = $now
RETURN properties(r) AS rule
