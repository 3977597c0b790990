// Params: $id, $disabled (boolean). Enables or disables an account. Returns the user, or no row.
MATCH (u:User {id: $id})
SET u.disabled = $disabled
RETURN u.id AS id, u.username AS username, u.role AS role, u.disabled AS disabled, u.createdAt AS createdAt
