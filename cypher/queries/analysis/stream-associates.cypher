// Params: $minConfidence. Streams one row per ASSOCIATE_OF link between two people:
// a, b (Person uids), kind (family, lives-with, known-associate, social-network, phone-contact, other).
MATCH (a:Person)-[r:ASSOCIATE_OF]->(b:Person)
WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL AND coalesce(r.confidence, 1.0) >= $minConfidence
RETURN a.uid AS a, b.uid AS b, r.kind AS kind
