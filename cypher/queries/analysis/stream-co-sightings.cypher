// Params: $from, $to (epoch ms window), $minConfidence, $withinMs. Streams one row per pair of
// different vehicles sighted near the same site within $withinMs of each other, with the people who
// own or drive them: a, b (Person uids), at (epoch ms of the earlier sighting).
MATCH (s1:Sighting)-[:NEAR]->(site:Site)
WHERE s1.at >= $from AND s1.at < $to AND coalesce(s1.confidence, 1.0) >= $minConfidence
MATCH (site)<-[:NEAR]-(s2:Sighting)
WHERE s2.at >= s1.at AND s2.at <= s1.at + $withinMs AND s2 <> s1 AND coalesce(s2.confidence, 1.0) >= $minConfidence
MATCH (s1)-[:SIGHTED]->(v1:Vehicle), (s2)-[:SIGHTED]->(v2:Vehicle)
WHERE v1 <> v2
MATCH (a:Person)-[r1:OWNS|DRIVES]->(v1), (b:Person)-[r2:OWNS|DRIVES]->(v2)
WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND coalesce(r1.confidence, 1.0) >= $minConfidence AND coalesce(r2.confidence, 1.0) >= $minConfidence
RETURN a.uid AS a, b.uid AS b, s1.at AS at
