// Params: $kind (ASSOCIATE_OF kind), $limit. Returns {name, documentIds, dangerousFriends}: persons
// party to no case, ranked by how many associates of that kind are party to one (pole.adoc).
MATCH (p:Person)-[:ASSOCIATE_OF {kind: $kind}]-(friend:Person)-[:PARTY_TO]->(:Case)
WHERE NOT (p)-[:PARTY_TO]->(:Case)
RETURN p.name AS name, p.documentIds AS documentIds, count(DISTINCT friend) AS dangerousFriends
ORDER BY dangerousFriends DESC, name
LIMIT $limit
