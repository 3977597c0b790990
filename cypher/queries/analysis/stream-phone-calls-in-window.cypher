// Params: $from, $to (epoch ms window), $minConfidence. Subject PHONE, time windows: streams one row
// per call inside the window between two different phones: a, b (Phone uids), at (epoch ms).
MATCH (a:Phone)<-[:FROM]-(call:Call)-[:TO]->(b:Phone)
WHERE call.at >= $from AND call.at < $to AND coalesce(call.confidence, 1.0) >= $minConfidence AND a <> b
RETURN a.uid AS a, b.uid AS b, call.at AS at
