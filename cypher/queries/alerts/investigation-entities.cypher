// Params: $userIds [user id], $investigationIds [id] (or null: every investigation the user may
// open: their own and the shared ones). Returns: userId, entityIds.
UNWIND $userIds AS userId
MATCH (inv:Investigation)
WHERE ($investigationIds IS NULL AND (inv.ownerId = userId OR inv.shared = true))
   OR ($investigationIds IS NOT NULL AND inv.id IN $investigationIds)
UNWIND inv.entityIds AS entityId
RETURN userId, collect(DISTINCT entityId) AS entityIds
