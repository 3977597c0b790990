// Params: $id. Returns: note (or no row).
MATCH (note:Note {id: $id})
RETURN note
