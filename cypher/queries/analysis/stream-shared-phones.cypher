// Params: $from, $to (epoch ms window), $minConfidence. Streams one row per pair of people who used
// the same phone with overlapping use inside the window: a, b (Person uids, a < b), phone (uid).
MATCH (a:Person)-[u1:USES]->(ph:Phone)<-[u2:USES]-(b:Person)
WHERE a.uid < b.uid AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND coalesce(u1.confidence, 1.0) >= $minConfidence AND coalesce(u2.confidence, 1.0) >= $minConfidence
  AND coalesce(u1.from, $from) < $to AND coalesce(u1.to, $to) >= $from
  AND coalesce(u2.from, $from) < $to AND coalesce(u2.to, $to) >= $from
RETURN a.uid AS a, b.uid AS b, ph.uid AS phone
