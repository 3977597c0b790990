// Params: $id. Deletes a rule; its alerts stay in the inbox. Returns: deleted (count).
MATCH (r:AlertRule {id: $id})
DELETE r
RETURN count(*) AS deleted
