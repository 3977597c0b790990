// Params: $from, $to (epoch ms window), $minConfidence. Subject PHONE: streams one row per pair of
// phones that called each other (from the derived CALLS summaries, either direction) with calls
// overlapping the window: a, b (Phone uids), count, lastAt (epoch ms).
MATCH (a:Phone)-[c:CALLS]->(b:Phone)
WHERE a <> b AND coalesce(c.confidence, 1.0) >= $minConfidence
  AND coalesce(c.lastAt, $from) >= $from AND coalesce(c.firstAt, $from) < $to
RETURN a.uid AS a, b.uid AS b, c.count AS count, c.lastAt AS lastAt
