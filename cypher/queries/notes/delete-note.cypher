// Params: $id. Deletes the note and its ABOUT link. Returns: deleted (count).
MATCH (note:Note {id: $id})
DETACH DELETE note
RETURN count(*) AS deleted
