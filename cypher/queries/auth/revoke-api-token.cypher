// Params: $id (the token's id), $userId (its owner's id, or null to revoke anyone's). Deletes the
// token. Returns what it was, with its hash (to drop it from the token cache), or no row.
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {id: $id})
WHERE $userId IS NULL OR u.id = $userId
WITH u, t, t {.id, .name, .createdAt, .expiresAt, .lastUsedAt, .hash} AS was
DETACH DELETE t
RETURN was.id AS id, was.name AS name, was.createdAt AS createdAt, was.expiresAt AS expiresAt,
       was.lastUsedAt AS lastUsedAt, was.hash AS hash, u.id AS userId, u.username AS username,
       u.role AS role, u.disabled AS disabled, u.createdAt AS userCreatedAt
