// Params: as graph/expand-hop without $limit. Returns: total, the number of distinct new
// neighbours of the frontier that pass the filters (used to report a truncated neighbourhood).
MATCH (a)
WHERE elementId(a) IN $frontier
MATCH (a)-[r]-(b)
WHERE b.sources IS NOT NULL
  AND NOT elementId(b) IN $visited
  AND ($relTypes IS NULL OR type(r) IN $relTypes)
  AND coalesce(r.confidence, 1.0) >= $minConfidence
  AND coalesce(b.confidence, 1.0) >= $minConfidence
  AND ($includeMerged OR b.mergedInto IS NULL)
  AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
  AND NOT any(l IN labels(b) WHERE l IN $excludeTypes)
  AND ($from IS NULL OR coalesce(r.lastAt, r.to, r.at, b.at, $from) >= $from)
  AND ($to IS NULL OR coalesce(r.firstAt, r.from, r.at, b.at, $to) <= $to)
RETURN count(DISTINCT b) AS total
