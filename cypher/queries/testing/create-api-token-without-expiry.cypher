// Params: $userId, $id, $name, $hash (sha256 of the token), $createdAt (epoch ms). Stores an API
// token as tokens were stored before expiry was required (no expiresAt), for tests. Returns its id.
MATCH (u:User {id: $userId})
CREATE (u)-[:HAS_TOKEN]->(t:ApiToken {id: $id, name: $name, hash: $hash, createdAt: $createdAt})
RETURN t.id AS id
