// Params: none. Returns how many user accounts exist.
MATCH (u:User)
RETURN count(u) AS count
