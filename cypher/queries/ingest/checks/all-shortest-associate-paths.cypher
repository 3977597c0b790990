// Params: $from, $to (Person uids). Returns {names, kinds, length}: every shortest path of at most
// 3 ASSOCIATE_OF hops between the two, in either direction (pole.adoc's KNOWS* paths).
MATCH (a:Person {uid: $from}), (b:Person {uid: $to})
MATCH path = allShortestPaths((a)-[:ASSOCIATE_OF*..3]-(b))
RETURN [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | r.kind] AS kinds, length(path) AS length
