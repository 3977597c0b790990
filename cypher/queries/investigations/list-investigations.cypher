// Params: $userId, $skip, $limit. The caller's investigations and shared ones, most recently
// updated first. Returns: inv.
MATCH (inv:Investigation)
WHERE inv.ownerId = $userId OR inv.shared = true
RETURN inv
ORDER BY inv.updatedAt DESC, inv.id
SKIP $skip
LIMIT $limit
