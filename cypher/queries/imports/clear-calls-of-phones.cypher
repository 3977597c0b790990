// Params: $phones [uid]. Rolling back an import: deletes the derived CALLS summaries of these phones,
// so refresh-calls-of-phones recomputes them from the Call records that remain. Returns: deleted.
UNWIND $phones AS uid
MATCH (p:Entity {uid: uid})-[c:CALLS]-()
DELETE c
RETURN count(c) AS deleted
