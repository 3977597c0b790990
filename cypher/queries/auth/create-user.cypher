// Params: $id, $username, $passwordHash, $role, $now (epoch ms). Creates a user; fails with a
// constraint error (CONFLICT) when the username is taken. Returns the user.
CREATE (u:User {id: $id, username: $username, passwordHash: $passwordHash, role: $role, createdAt: $now, disabled: false})
RETURN u.id AS id, u.username AS username, u.role AS role, u.createdAt AS createdAt, u.disabled AS disabled
