// Params: $id, $at (epoch ms), $by, $counts (what the roll-back removed and changed). Marks an
// :Import rolled back. Returns nothing.
MATCH (i:Import {id: $id})
SET i.status = 'rolled-back', i.rolledBackAt = $at, i.rolledBackBy = $by,
  i.rollbackNodesDeleted = $counts.nodesDeleted, i.rollbackNodesUpdated = $counts.nodesUpdated,
  i.rollbackRelationshipsDeleted = $counts.relationshipsDeleted,
  i.rollbackRelationshipsUpdated = $counts.relationshipsUpdated
