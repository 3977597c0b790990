// Params: $rows [{from, to, fromKey, toKey, kind, props, source, confidence}], $now (epoch ms).
// Merges (:Person)-[:ASSOCIATE_OF]->(:Person) by its endpoints' uids and kind; an endpoint not yet loaded is
// created as a stub (its key as searchText) carrying this record's provenance. Appends the source once. Returns nothing.
// Both endpoints are merged row by row, from then to, before any tie: an undirected tie is stored from
// the smaller uid, so a stub can stand at either end, and the first record naming it (in file order)
// must give it its provenance however the rows are batched.
UNWIND $rows AS row
CALL (row) {
  UNWIND [{uid: row.from, key: row.fromKey}, {uid: row.to, key: row.toKey}] AS end
  MERGE (x:Entity {uid: end.uid})
  ON CREATE SET x:Person, x.key = end.key, x.searchText = end.key, x.ingestedAt = $now, x.sources = [row.source], x.confidence = row.confidence
}
WITH row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
MERGE (a)-[r:ASSOCIATE_OF {kind: row.kind}]->(b)
ON CREATE SET r.ingestedAt = $now, r.sources = [row.source], r.confidence = row.confidence
ON MATCH SET r.sources = CASE WHEN row.source IN r.sources THEN r.sources ELSE r.sources + row.source END,
  r.confidence = CASE WHEN row.confidence > coalesce(r.confidence, 0.0) THEN row.confidence ELSE r.confidence END
SET r += row.props
