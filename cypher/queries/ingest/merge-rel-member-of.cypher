// Params: $rows [{from, to, fromKey, toKey, role, props, source, confidence}], $now (epoch ms).
// Merges (:Person)-[:MEMBER_OF]->(:Group) (affiliation data: membership, attendance) by its endpoints'
// uids, one per person and group; role is set from the latest record that gives one. An endpoint not
// yet loaded is created as a stub (its key as searchText) carrying this record's provenance. Appends the
// source once. Returns nothing.
UNWIND $rows AS row
MERGE (a:Entity {uid: row.from})
ON CREATE SET a:Person, a.key = row.fromKey, a.searchText = row.fromKey, a.ingestedAt = $now, a.sources = [row.source], a.confidence = row.confidence
MERGE (b:Entity {uid: row.to})
ON CREATE SET b:Group, b.key = row.toKey, b.searchText = row.toKey, b.ingestedAt = $now, b.sources = [row.source], b.confidence = row.confidence
MERGE (a)-[r:MEMBER_OF]->(b)
ON CREATE SET r.ingestedAt = $now, r.sources = [row.source], r.confidence = row.confidence
ON MATCH SET r.sources = CASE WHEN row.source IN r.sources THEN r.sources ELSE r.sources + row.source END,
  r.confidence = CASE WHEN row.confidence > coalesce(r.confidence, 0.0) THEN row.confidence ELSE r.confidence END
SET r += row.props, r.role = coalesce(row.role, r.role)
