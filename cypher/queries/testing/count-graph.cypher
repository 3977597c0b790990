// Params: none. Tests only: node and relationship counts, excluding bookkeeping nodes (migrations,
// and the :Import record each ingest run leaves).
MATCH (n)
WHERE NOT n:SchemaMigration AND NOT n:MigrationLock AND NOT n:Import
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
