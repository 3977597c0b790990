// Params: $runId, $indices (community indices of the run), $roles (PARTY_TO roles that count as
// offending). Returns the direct evidence between members of the same community, one row per
// pair and kind: community (index), a, b (Person uids, a < b), kind (coOffending, sale,
// sharedPhone, calls, sharedVehicle, family, associate), count.
MATCH (k:Community {runId: $runId})
WHERE k.index IN $indices
MATCH (k)<-[:MEMBER_OF]-(a:Person)
CALL {
  WITH a, k
  MATCH (a)-[r1:PARTY_TO]->(:Case)<-[r2:PARTY_TO]-(b:Person)-[:MEMBER_OF]->(k)
  WHERE a.uid < b.uid AND r1.role IN $roles AND r2.role IN $roles
  RETURN b, 'coOffending' AS kind
  UNION ALL
  WITH a, k
  MATCH (a)-[:SOLD|BOUGHT]->(:Sale)<-[:SOLD|BOUGHT]-(b:Person)-[:MEMBER_OF]->(k)
  WHERE a.uid < b.uid
  RETURN b, 'sale' AS kind
  UNION ALL
  WITH a, k
  MATCH (a)-[:USES]->(:Phone)<-[:USES]-(b:Person)-[:MEMBER_OF]->(k)
  WHERE a.uid < b.uid
  RETURN b, 'sharedPhone' AS kind
  UNION ALL
  WITH a, k
  MATCH (a)-[:USES]->(:Phone)-[:CALLS]-(:Phone)<-[:USES]-(b:Person)-[:MEMBER_OF]->(k)
  WHERE a.uid < b.uid
  RETURN b, 'calls' AS kind
  UNION ALL
  WITH a, k
  MATCH (a)-[:OWNS|DRIVES]->(:Vehicle)<-[:OWNS|DRIVES]-(b:Person)-[:MEMBER_OF]->(k)
  WHERE a.uid < b.uid
  RETURN b, 'sharedVehicle' AS kind
  UNION ALL
  WITH a, k
  MATCH (a)-[r:ASSOCIATE_OF]-(b:Person)-[:MEMBER_OF]->(k)
  WHERE a.uid < b.uid
  RETURN b, CASE r.kind WHEN 'family' THEN 'family' ELSE 'associate' END AS kind
}
RETURN k.index AS community, a.uid AS a, b.uid AS b, kind, count(*) AS count
