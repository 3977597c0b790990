// Params: $id, $name, $description, $ownerId, $owner, $shared, $entityIds [string],
// $filters (JSON text or null), $now (epoch ms). Returns: inv.
CREATE (inv:Investigation {id: $id, name: $name, description: $description, ownerId: $ownerId,
  owner: $owner, shared: $shared, entityIds: $entityIds, filters: $filters, createdAt: $now, updatedAt: $now})
RETURN inv
