// Params: $hash. Returns the token's owner and expiry, or no row.
MATCH (u:User)-[:HAS_TOKEN]->(t:ApiToken {hash: $hash})
RETURN u.id AS userId, u.username AS username, u.role AS role, u.disabled AS disabled, t.expiresAt AS expiresAt
