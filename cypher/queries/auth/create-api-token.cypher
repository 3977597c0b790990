// Params: $userId, $id, $name, $hash (sha256 of the token), $now, $expiresAt (epoch ms or null).
// Stores an API token for a user. Returns its id, or no row when the user does not exist.
MATCH (u:User {id: $userId})
CREATE (u)-[:HAS_TOKEN]->(t:ApiToken {id: $id, name: $name, hash: $hash, createdAt: $now, expiresAt: $expiresAt})
RETURN t.id AS id
