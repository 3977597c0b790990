// Params: none. Returns {label, count} for every label in the database: the bulk load refuses a
// target holding anything but schema bookkeeping (SchemaMigration, MigrationLock).
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
