// Params: $from, $to (epoch ms window), $minConfidence. Streams one row per call inside the window
// between phones used (at that time) by two different people: a, b (Person uids), at (epoch ms).
// Used for time windows, where the all-time CALLS summaries would overcount.
MATCH (call:Call)
WHERE call.at >= $from AND call.at < $to AND coalesce(call.confidence, 1.0) >= $minConfidence
MATCH (a:Person)-[u1:USES]->(:Phone)<-[:FROM]-(call)-[:TO]->(:Phone)<-[u2:USES]-(b:Person)
WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND coalesce(u1.confidence, 1.0) >= $minConfidence AND coalesce(u2.confidence, 1.0) >= $minConfidence
  AND coalesce(u1.from, call.at) <= call.at AND coalesce(u1.to, call.at) >= call.at
  AND coalesce(u2.from, call.at) <= call.at AND coalesce(u2.to, call.at) >= call.at
RETURN a.uid AS a, b.uid AS b, call.at AS at
