// Params: none. The uniqueness constraint that makes the migration lock's MERGE safe under
// concurrency. Idempotent.
CREATE CONSTRAINT migration_lock_name IF NOT EXISTS FOR (l:MigrationLock) REQUIRE l.name IS UNIQUE
