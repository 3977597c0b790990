// Params: $skip, $limit. Returns users by username (without password hashes).
MATCH (u:User)
RETURN u.id AS id, u.username AS username, u.role AS role, u.disabled AS disabled, u.createdAt AS createdAt
ORDER BY u.username
SKIP $skip LIMIT $limit
