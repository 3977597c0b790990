// Params: $eid (element id of the entity), $entityId (its API id), $id, $text, $authorId,
// $author, $now (epoch ms). Creates (:Note)-[:ABOUT]->(entity). Returns: note.
MATCH (e)
WHERE elementId(e) = $eid
CREATE (note:Note {id: $id, entityId: $entityId, text: $text, authorId: $authorId, author: $author, createdAt: $now})
CREATE (note)-[:ABOUT]->(e)
RETURN note
