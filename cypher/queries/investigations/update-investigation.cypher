// Params: $id, $name, $description, $shared, $entityIds [string], $filters (JSON text or null),
// $now (epoch ms). Returns: inv (no row when there is none).
MATCH (inv:Investigation {id: $id})
SET inv.name = $name, inv.description = $description, inv.shared = $shared, inv.entityIds = $entityIds,
  inv.filters = $filters, inv.updatedAt = $now
RETURN inv
