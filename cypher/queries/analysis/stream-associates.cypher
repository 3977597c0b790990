// Params: $minConfidence. Streams one row per unordered pair of people and kind of ASSOCIATE_OF
// between them, however many times and in whichever direction the tie was stored (A→B and B→A
// count once): a, b (Person uids, a < b), kind (family, lives-with, known-associate, ...),
// weight (the largest stored `weight` of the pair and kind; absent = 1), links (stored relationships).
MATCH (x:Person)-[r:ASSOCIATE_OF]->(y:Person)
WHERE x <> y AND x.mergedInto IS NULL AND y.mergedInto IS NULL AND coalesce(r.confidence, 1.0) >= $minConfidence
WITH CASE WHEN x.uid < y.uid THEN x.uid ELSE y.uid END AS a,
  CASE WHEN x.uid < y.uid THEN y.uid ELSE x.uid END AS b, r.kind AS kind, r
RETURN a, b, kind, max(CASE WHEN r.weight > 0 THEN toFloat(r.weight) ELSE 1.0 END) AS weight, count(r) AS links
