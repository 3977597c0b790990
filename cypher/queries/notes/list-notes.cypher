// Params: $entityId (API id), $skip, $limit. Returns: note, newest first.
MATCH (note:Note {entityId: $entityId})
RETURN note
ORDER BY note.createdAt DESC, note.id
SKIP $skip
LIMIT $limit
