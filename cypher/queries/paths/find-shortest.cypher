// Params: $a, $b (element ids), $relTypes [string] or null, $minConfidence, $includeMerged,
// $maxHops (1..8; the pattern's own bound is 8), $k, $skip (unused: one path). Returns: p, one shortest path between a and b,
// ignoring direction, over relationships of the chosen types at least $minConfidence confident.
MATCH (a), (b)
WHERE elementId(a) = $a AND elementId(b) = $b
MATCH p = SHORTEST 1 (a)((x)-[r]-(y)
  WHERE ($relTypes IS NULL OR type(r) IN $relTypes)
    AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND y.sources IS NOT NULL
    AND ($includeMerged OR y.mergedInto IS NULL)){1,8}(b)
WHERE length(p) <= $maxHops
RETURN p
ORDER BY length(p)
LIMIT $k
