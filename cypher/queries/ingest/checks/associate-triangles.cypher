// Params: $uid (Person uid), $kind (ASSOCIATE_OF kind). Returns {triangles}: how many pairs of the
// person's associates of that kind are associates of each other (pole.adoc's triangle count).
MATCH (p:Person {uid: $uid})-[:ASSOCIATE_OF {kind: $kind}]-(a:Person)-[:ASSOCIATE_OF {kind: $kind}]-(b:Person)
MATCH (b)-[:ASSOCIATE_OF {kind: $kind}]-(p)
WHERE a.uid < b.uid
RETURN count(DISTINCT [a.uid, b.uid]) AS triangles
