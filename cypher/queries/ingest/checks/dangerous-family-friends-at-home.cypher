// Params: $limit. Returns {name, dangerousFamilyFriends}: persons party to no case who live at the
// same address (POLE's CURRENT_ADDRESS) as a relative party to no case whose known associates are
// party to cases, ranked by how many such associates (pole.adoc's "dangerous family friends").
MATCH (p:Person)-[:ASSOCIATE_OF {kind: 'family'}]-(relative:Person)-[:ASSOCIATE_OF {kind: 'known-associate'}]-(friend:Person)
MATCH (friend)-[:PARTY_TO]->(:Case)
MATCH (p)-[:CURRENT_ADDRESS]->(:Location)<-[:CURRENT_ADDRESS]-(relative)
WHERE NOT (p)-[:PARTY_TO]->(:Case) AND NOT (relative)-[:PARTY_TO]->(:Case)
RETURN p.name AS name, count(DISTINCT friend) AS dangerousFamilyFriends
ORDER BY dangerousFamilyFriends DESC, name
LIMIT $limit
