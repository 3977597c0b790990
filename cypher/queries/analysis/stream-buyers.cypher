// Params: $from, $to (epoch ms window), $minConfidence. Streams the people who bought relics in the
// window (the end of the relic flow a takedown tries to cut): person (uid), sales (count).
MATCH (p:Person)-[r:BOUGHT]->(s:Sale)
WHERE p.mergedInto IS NULL AND coalesce(r.confidence, 1.0) >= $minConfidence
  AND coalesce(s.at, $from) >= $from AND coalesce(s.at, $from) < $to
RETURN p.uid AS person, count(s) AS sales
