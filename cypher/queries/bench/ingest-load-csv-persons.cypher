// Params: $file (a file URL under the import directory, e.g. file:///bench-persons.csv), $batch
// (rows per transaction). Benchmark reference: LOAD CSV of the persons layout (id,name) with the
// same MERGE semantics as the ingest pipeline (uid, key, provenance, confidence, searchText).
// Returns nothing. Runs in an auto-commit transaction.
LOAD CSV WITH HEADERS FROM $file AS row
CALL {
  WITH row
  MERGE (n:Entity {uid: 'Person:' + row.id})
  ON CREATE SET n:Person, n.key = row.id, n.ingestedAt = timestamp(), n.sources = ['bench-persons.csv#' + toString(linenumber())],
    n.confidence = 1.0
  ON MATCH SET n.sources = CASE WHEN ('bench-persons.csv#' + toString(linenumber())) IN n.sources THEN n.sources
      ELSE n.sources + ('bench-persons.csv#' + toString(linenumber())) END
  SET n.name = row.name, n.searchText = row.id
} IN TRANSACTIONS OF $batch ROWS
