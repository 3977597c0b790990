// Params: $documentId. Returns {uid, name}: persons carrying that ID-document number.
MATCH (p:Person)
WHERE $documentId IN p.documentIds
RETURN p.uid AS uid, p.name AS name
ORDER BY uid
