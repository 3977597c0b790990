// Params: $a, $b (element ids), $includeMerged, $skip, $limit. The records linking a and b:
// relationships between them, then pairs of relationships through one intermediary. Returns: via
// (node or null), rels [{r, a: start eid, z: end eid}], confidence (weakest link); direct first,
// then the most confident.
MATCH (a), (b)
WHERE elementId(a) = $a AND elementId(b) = $b
CALL {
  WITH a, b
  MATCH (a)-[r]-(b)
  RETURN null AS via, [r] AS rs
  UNION
  WITH a, b
  MATCH (a)-[r1]-(m)-[r2]-(b)
  WHERE m <> a AND m <> b AND m.sources IS NOT NULL AND ($includeMerged OR m.mergedInto IS NULL)
  RETURN m AS via, [r1, r2] AS rs
}
WITH via, rs, reduce(c = 1.0, r IN rs | CASE WHEN coalesce(r.confidence, 1.0) < c THEN coalesce(r.confidence, 1.0) ELSE c END) AS confidence
ORDER BY via IS NULL DESC, confidence DESC, coalesce(via.uid, elementId(via)), [r IN rs | elementId(r)]
SKIP $skip
LIMIT $limit
RETURN via, [r IN rs | {r: r, a: elementId(startNode(r)), z: elementId(endNode(r))}] AS rels, confidence
