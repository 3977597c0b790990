// Params: $file (a file URL under the import directory, e.g. file:///bench-links.csv), $batch
// (rows per transaction). Benchmark reference: LOAD CSV of the links layout
// (type,from,to,qualifier,confidence; all ASSOCIATE_OF) with the same MERGE semantics as the ingest
// pipeline: endpoints merged by uid (stubs if absent), the relationship merged by its kind, with
// provenance and the highest confidence. Returns nothing. Runs in an auto-commit transaction.
LOAD CSV WITH HEADERS FROM $file AS row
CALL {
  WITH row
  WITH row, 'bench-links.csv#' + toString(linenumber()) AS source, toFloat(row.confidence) AS confidence
  MERGE (a:Entity {uid: 'Person:' + row.from})
  ON CREATE SET a:Person, a.key = row.from, a.searchText = row.from, a.ingestedAt = timestamp(), a.sources = [source], a.confidence = confidence
  MERGE (b:Entity {uid: 'Person:' + row.to})
  ON CREATE SET b:Person, b.key = row.to, b.searchText = row.to, b.ingestedAt = timestamp(), b.sources = [source], b.confidence = confidence
  MERGE (a)-[r:ASSOCIATE_OF {kind: row.qualifier}]->(b)
  ON CREATE SET r.ingestedAt = timestamp(), r.sources = [source], r.confidence = confidence
  ON MATCH SET r.sources = CASE WHEN source IN r.sources THEN r.sources ELSE r.sources + source END,
    r.confidence = CASE WHEN confidence > coalesce(r.confidence, 0.0) THEN confidence ELSE r.confidence END
} IN TRANSACTIONS OF $batch ROWS
