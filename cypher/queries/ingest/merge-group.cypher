// Params: $rows [{uid, key, props, source, confidence}], $now (epoch ms). Returns nothing.
// Merges Group entities by uid; appends the record's source to the provenance once; keeps the
// highest confidence; sets the record's properties.
UNWIND $rows AS row
MERGE (n:Entity {uid: row.uid})
ON CREATE SET n:Group, n.key = row.key, n.ingestedAt = $now, n.sources = [row.source], n.confidence = row.confidence
ON MATCH SET n.sources = CASE WHEN row.source IN n.sources THEN n.sources ELSE n.sources + row.source END,
  n.confidence = CASE WHEN row.confidence > coalesce(n.confidence, 0.0) THEN row.confidence ELSE n.confidence END
SET n += row.props
