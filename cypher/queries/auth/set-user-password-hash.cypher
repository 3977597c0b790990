// Params: $id, $old (the hash it must still have), $passwordHash. Replaces a user's password hash
// unless it changed meanwhile. Returns the user's id, or no row.
MATCH (u:User {id: $id})
WHERE u.passwordHash = $old
SET u.passwordHash = $passwordHash
RETURN u.id AS id
