// Params: $userId (a user's id, or null for every user's), $skip, $limit. Returns API tokens,
// newest first, with their owner; never the token's hash.
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken)
WHERE $userId IS NULL OR u.id = $userId
RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.expiresAt AS expiresAt,
       t.lastUsedAt AS lastUsedAt, u.id AS userId, u.username AS username,
       u.role AS role, u.disabled AS disabled, u.createdAt AS userCreatedAt
ORDER BY t.createdAt DESC, t.id
SKIP $skip LIMIT $limit
