// Params: $minConfidence. Streams one row per pair of people who own or drive the same vehicle:
// a, b (Person uids, a < b), vehicle (uid). Ownership carries no dates, so no window applies.
MATCH (a:Person)-[r1:OWNS|DRIVES]->(v:Vehicle)<-[r2:OWNS|DRIVES]-(b:Person)
WHERE a.uid < b.uid AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND coalesce(r1.confidence, 1.0) >= $minConfidence AND coalesce(r2.confidence, 1.0) >= $minConfidence
RETURN DISTINCT a.uid AS a, b.uid AS b, v.uid AS vehicle
