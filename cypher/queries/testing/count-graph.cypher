// Params: none. Tests only: node and relationship counts, excluding bookkeeping nodes.
MATCH (n)
WHERE NOT n:SchemaMigration AND NOT n:MigrationLock
OPTIONAL MATCH (n)-[r]->()
RETURN count(DISTINCT n) AS nodes, count(r) AS relationships
