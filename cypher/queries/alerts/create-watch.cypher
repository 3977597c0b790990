// Params: $id, $ownerId, $entityId, $entityType, $now. Watches an entity (or a gang); watching it
// again changes nothing. Returns: watch.
MERGE (w:Watch {ownerId: $ownerId, entityId: $entityId})
ON CREATE SET w.id = $id, w.entityType = $entityType, w.createdAt = $now
RETURN properties(w) AS watch
