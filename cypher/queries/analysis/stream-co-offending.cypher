// Params: $from, $to (epoch ms window), $minConfidence, $roles (PARTY_TO roles that count as
// offending). Streams one row per pair of people party to the same case in the window:
// a, b (Person uids, a < b), case (uid).
MATCH (c:Case)
WHERE coalesce(c.at, $from) >= $from AND coalesce(c.at, $from) < $to
MATCH (a:Person)-[r1:PARTY_TO]->(c)<-[r2:PARTY_TO]-(b:Person)
WHERE a.uid < b.uid AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND r1.role IN $roles AND r2.role IN $roles
  AND coalesce(r1.confidence, 1.0) >= $minConfidence AND coalesce(r2.confidence, 1.0) >= $minConfidence
RETURN DISTINCT a.uid AS a, b.uid AS b, c.uid AS case
