// Params: $uids (Person uids: one gang's members), $roles (PARTY_TO roles that count as offending).
// Returns the direct evidence between those people, one row per pair and kind: a, b (uids,
// a < b), kind (coOffending, sale, sharedPhone, calls, sharedVehicle, family, associate), count.
MATCH (a:Person)
WHERE a.uid IN $uids
CALL {
  WITH a
  MATCH (a)-[r1:PARTY_TO]->(:Case)<-[r2:PARTY_TO]-(b:Person)
  WHERE b.uid IN $uids AND a.uid < b.uid AND r1.role IN $roles AND r2.role IN $roles
  RETURN b, 'coOffending' AS kind
  UNION ALL
  WITH a
  MATCH (a)-[:SOLD|BOUGHT]->(:Sale)<-[:SOLD|BOUGHT]-(b:Person)
  WHERE b.uid IN $uids AND a.uid < b.uid
  RETURN b, 'sale' AS kind
  UNION ALL
  WITH a
  MATCH (a)-[:USES]->(:Phone)<-[:USES]-(b:Person)
  WHERE b.uid IN $uids AND a.uid < b.uid
  RETURN b, 'sharedPhone' AS kind
  UNION ALL
  WITH a
  MATCH (a)-[:USES]->(:Phone)-[:CALLS]-(:Phone)<-[:USES]-(b:Person)
  WHERE b.uid IN $uids AND a.uid < b.uid
  RETURN b, 'calls' AS kind
  UNION ALL
  WITH a
  MATCH (a)-[:OWNS|DRIVES]->(:Vehicle)<-[:OWNS|DRIVES]-(b:Person)
  WHERE b.uid IN $uids AND a.uid < b.uid
  RETURN b, 'sharedVehicle' AS kind
  UNION ALL
  WITH a
  MATCH (a)-[r:ASSOCIATE_OF]-(b:Person)
  WHERE b.uid IN $uids AND a.uid < b.uid
  RETURN b, CASE r.kind WHEN 'family' THEN 'family' ELSE 'associate' END AS kind
}
RETURN a.uid AS a, b.uid AS b, kind, count(*) AS count
ORDER BY a, b, kind
