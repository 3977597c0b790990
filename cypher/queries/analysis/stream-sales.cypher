// Params: $from, $to (epoch ms window), $minConfidence. Streams one row per sale between two
// people in the window: a (seller uid), b (buyer uid), sale (uid), at (epoch ms).
MATCH (s:Sale)
WHERE coalesce(s.at, $from) >= $from AND coalesce(s.at, $from) < $to
MATCH (a:Person)-[r1:SOLD]->(s)<-[r2:BOUGHT]-(b:Person)
WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  AND coalesce(r1.confidence, 1.0) >= $minConfidence AND coalesce(r2.confidence, 1.0) >= $minConfidence
RETURN a.uid AS a, b.uid AS b, s.uid AS sale, s.at AS at
