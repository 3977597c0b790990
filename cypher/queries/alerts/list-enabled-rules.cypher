// Params: none. Every enabled rule, read once at the start of an ingest run. Returns: rule.
MATCH (r:AlertRule {enabled: true})
RETURN properties(r) AS rule
ORDER BY r.id
