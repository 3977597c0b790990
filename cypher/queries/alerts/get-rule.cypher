// Params: $id. Returns: rule (properties), or no row.
MATCH (r:AlertRule {id: $id})
RETURN properties(r) AS rule
