// Params: $id, $finishedAt (epoch ms), $counts {records, accepted, rejected, nodesCreated, relationshipsCreated}.
// Marks an ingest run's :Import done with what it loaded. Returns nothing.
MATCH (i:Import {id: $id})
SET i.status = 'done', i.finishedAt = $finishedAt, i.records = $counts.records, i.accepted = $counts.accepted,
  i.rejected = $counts.rejected, i.nodesCreated = $counts.nodesCreated,
  i.relationshipsCreated = $counts.relationshipsCreated
