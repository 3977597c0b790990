// Params: $ownerIds [user id]. The watches of these users, oldest first. Returns: watch.
UNWIND $ownerIds AS ownerId
MATCH (w:Watch {ownerId: ownerId})
RETURN properties(w) AS watch
ORDER BY w.createdAt, w.id
