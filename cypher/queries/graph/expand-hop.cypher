// Params: $frontier [element id], $visited [element id], $relTypes [string] or null,
// $nodeTypes [string] or null, $excludeTypes [string], $from, $to (epoch ms or null),
// $minConfidence, $includeMerged, $limit.
// One hop of a neighbourhood: every neighbour b of the frontier that passes the filters, with the
// relationships that reach it. Known nodes (already visited) come first so their links are kept;
// then the best-connected new ones. Returns: eid, known, b (node), rels [{r, a: start eid, z: end eid}].
MATCH (a)
WHERE elementId(a) IN $frontier
MATCH (a)-[r]-(b)
WHERE b.sources IS NOT NULL
  AND ($relTypes IS NULL OR type(r) IN $relTypes)
  AND coalesce(r.confidence, 1.0) >= $minConfidence
  AND coalesce(b.confidence, 1.0) >= $minConfidence
  AND ($includeMerged OR b.mergedInto IS NULL)
  AND ($nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN $nodeTypes))
  AND NOT any(l IN labels(b) WHERE l IN $excludeTypes)
  AND ($from IS NULL OR coalesce(r.lastAt, r.to, r.at, b.at, $from) >= $from)
  AND ($to IS NULL OR coalesce(r.firstAt, r.from, r.at, b.at, $to) <= $to)
WITH b, collect(DISTINCT r) AS rs, elementId(b) IN $visited AS known
ORDER BY known DESC, size(rs) DESC, coalesce(b.uid, elementId(b))
LIMIT $limit
RETURN elementId(b) AS eid, known, b,
  [r IN rs | {r: r, a: elementId(startNode(r)), z: elementId(endNode(r))}] AS rels
