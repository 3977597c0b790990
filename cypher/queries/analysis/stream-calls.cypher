// Params: $from, $to (epoch ms window), $minConfidence. Streams one row per pair of people whose
// phones called each other (from the derived CALLS summaries) with calls overlapping the window:
// a, b (Person uids), count, lastAt (epoch ms).
MATCH (a:Person)-[u1:USES]->(:Phone)-[c:CALLS]->(:Phone)<-[u2:USES]-(b:Person)
WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND coalesce(u1.confidence, 1.0) >= $minConfidence AND coalesce(u2.confidence, 1.0) >= $minConfidence
  AND coalesce(c.confidence, 1.0) >= $minConfidence
  AND coalesce(c.lastAt, $from) >= $from AND coalesce(c.firstAt, $from) < $to
RETURN a.uid AS a, b.uid AS b, c.count AS count, c.lastAt AS lastAt
