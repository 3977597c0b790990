// Params: none. Tests only: removes the migration test's probe migrations and marker nodes.
MATCH (n)
WHERE n:ProbeCounter OR (n:SchemaMigration AND n.id >= 900)
DETACH DELETE n
