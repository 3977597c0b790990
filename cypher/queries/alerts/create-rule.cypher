// Params: $rule {id, kind, params (JSON text), shared, enabled, ownerId, owner, createdAt,
// updatedAt}. Creates an alert rule (a pattern's kind and parameters; no prose). Returns: rule.
CREATE (r:AlertRule)
SET r = $rule
RETURN properties(r) AS rule
