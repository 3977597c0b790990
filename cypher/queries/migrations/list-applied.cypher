// Params: none. Returns every applied schema migration: id (NNN), name, checksum, appliedAt.
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.name AS name, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.id
