// Params: $rows [{type, from, to, props, source, confidence}] (from/to are uids of written nodes),
// $now (epoch ms). Merges imported relationships that have no place in the model with their own
// type; appends the record's source once; keeps the highest confidence. Returns nothing.
UNWIND $rows AS row
MATCH (a:Entity {uid: row.from})
MATCH (b:Entity {uid: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.ingestedAt = $now, r.sources = [row.source], r.confidence = row.confidence
ON MATCH SET r.sources = CASE WHEN row.source IN r.sources THEN r.sources ELSE r.sources + row.source END,
  r.confidence = CASE WHEN row.confidence > coalesce(r.confidence, 0.0) THEN row.confidence ELSE r.confidence END
SET r += row.props
