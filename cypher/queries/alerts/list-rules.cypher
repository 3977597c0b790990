// Params: $userId. The caller's rules and the shared ones, newest first. Returns: rule.
MATCH (r:AlertRule)
WHERE r.ownerId = $userId OR r.shared = true
RETURN properties(r) AS rule
ORDER BY r.createdAt DESC, r.id
