// Params: $minScore, $status ('open' | 'merged' | 'rejected'), $skip, $limit.
// Returns stored candidates, best first: a and b ({uid, name, aliases, documentIds, birthDate,
// sources, mergedInto}), score, evidenceJson, status, detectedAt. Open candidates whose person has
// since been merged away are left out.
MATCH (a:Person)-[c:POSSIBLY_SAME_AS]->(b:Person)
WHERE c.status = $status AND c.score >= $minScore
  AND ($status <> 'open' OR (a.mergedInto IS NULL AND b.mergedInto IS NULL))
RETURN a {.uid, .name, .aliases, .documentIds, birthDate: toString(a.birthDate), .sources, .confidence, .mergedInto, .mergedFrom} AS a,
  b {.uid, .name, .aliases, .documentIds, birthDate: toString(b.birthDate), .sources, .confidence, .mergedInto, .mergedFrom} AS b,
  c.score AS score, c.evidenceJson AS evidenceJson, c.status AS status, c.detectedAt AS detectedAt
ORDER BY score DESC, a.uid, b.uid
SKIP $skip
LIMIT $limit
