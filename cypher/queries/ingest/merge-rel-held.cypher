// Params: $rows [{from, to, fromKey, toKey, props, source, confidence}], $now (epoch ms).
// Merges (:Person)-[:HELD]->(:Relic) (who held an object, from/to with precision) by its endpoints' uids; an endpoint not yet loaded is
// created as a stub (its key as searchText) carrying this record's provenance. Appends the source once. Returns nothing.
UNWIND $rows AS row
MERGE (a:Entity {uid: row.from})
ON CREATE SET a:Person, a.key = row.fromKey, a.searchText = row.fromKey, a.ingestedAt = $now, a.sources = [row.source], a.confidence = row.confidence
MERGE (b:Entity {uid: row.to})
ON CREATE SET b:Relic, b.key = row.toKey, b.searchText = row.toKey, b.ingestedAt = $now, b.sources = [row.source], b.confidence = row.confidence
MERGE (a)-[r:HELD]->(b)
ON CREATE SET r.ingestedAt = $now, r.sources = [row.source], r.confidence = row.confidence
ON MATCH SET r.sources = CASE WHEN row.source IN r.sources THEN r.sources ELSE r.sources + row.source END,
  r.confidence = CASE WHEN row.confidence > coalesce(r.confidence, 0.0) THEN row.confidence ELSE r.confidence END
SET r += row.props
