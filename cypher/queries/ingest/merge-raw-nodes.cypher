// Params: $rows [{uid, key, labels, props, source, confidence}], $now (epoch ms). Returns nothing.
// Merges imported nodes that have no place in the model (e.g. POLE's Location) by uid, with their
// own labels plus :Entity; appends the record's source once; keeps the highest confidence.
UNWIND $rows AS row
MERGE (n:Entity {uid: row.uid})
ON CREATE SET n:$(row.labels), n.key = row.key, n.ingestedAt = $now, n.sources = [row.source], n.confidence = row.confidence
ON MATCH SET n.sources = CASE WHEN row.source IN n.sources THEN n.sources ELSE n.sources + row.source END,
  n.confidence = CASE WHEN row.confidence > coalesce(n.confidence, 0.0) THEN row.confidence ELSE n.confidence END
SET n += row.props
