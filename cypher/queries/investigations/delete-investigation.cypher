// Params: $id. Returns: deleted (count).
MATCH (inv:Investigation {id: $id})
DETACH DELETE inv
RETURN count(*) AS deleted
