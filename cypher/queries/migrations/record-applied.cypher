// Params: $id (int), $name, $checksum, $now (epoch ms). Records that a migration ran. Returns nothing.
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime({epochMillis: $now})
