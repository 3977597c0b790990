// Params: $id. Returns the user (without its password hash), or no row.
MATCH (u:User {id: $id})
RETURN u.id AS id, u.username AS username, u.role AS role, u.disabled AS disabled, u.createdAt AS createdAt
