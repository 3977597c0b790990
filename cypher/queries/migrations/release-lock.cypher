// Params: $owner (string). Deletes the migration lock if this process holds it. Returns nothing.
MATCH (l:MigrationLock {name: 'schema'})
WHERE l.owner = $owner
DELETE l
