// Params: $hash. Returns the token's id, owner, creation, expiry and last use, or no row.
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {hash: $hash})
RETURN u.id AS userId, u.username AS username, u.role AS role, u.disabled AS disabled,
       t.id AS id, t.createdAt AS createdAt, t.expiresAt AS expiresAt, t.lastUsedAt AS lastUsedAt
