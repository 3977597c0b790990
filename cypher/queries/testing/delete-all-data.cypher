// Params: none. Tests only: deletes every node except migration bookkeeping, in batches.
MATCH (n)
WHERE NOT n:SchemaMigration AND NOT n:MigrationLock
CALL {
  WITH n
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
