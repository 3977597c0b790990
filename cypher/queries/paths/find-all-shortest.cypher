// Params: $a, $b (element ids), $relTypes [string] or null, $minConfidence, $includeMerged,
// $maxHops (1..8; the pattern's own bound is 8), $skip, $k. Returns: p, the shortest paths between a and
// b in a stable order (node ids, then relationship ids), $k of them after the first $skip (the caller
// asks for one more than it shows, to know whether there are more), ignoring direction, over
// relationships of the chosen types at least $minConfidence confident.
MATCH (a), (b)
WHERE elementId(a) = $a AND elementId(b) = $b
MATCH p = ALL SHORTEST (a)((x)-[r]-(y)
  WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
    AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND y.sources IS NOT NULL
    AND ($includeMerged OR y.mergedInto IS NULL)){1,8}(b)
WHERE length(p) <= $maxHops
RETURN p
ORDER BY length(p), [n IN nodes(p) | elementId(n)], [r IN relationships(p) | elementId(r)]
SKIP $skip
LIMIT $k
