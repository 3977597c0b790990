// Params: $ownerId, $entityId. Stops watching. Returns: deleted (count).
MATCH (w:Watch {ownerId: $ownerId, entityId: $entityId})
DELETE w
RETURN count(*) AS deleted
