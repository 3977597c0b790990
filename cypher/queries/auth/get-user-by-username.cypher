// Params: $username. Returns the user with its password hash, or no row.
MATCH (u:User {username: $username})
RETURN u.id AS id, u.username AS username, u.role AS role, u.passwordHash AS passwordHash, u.disabled AS disabled
