// Params: $uids (active entities: a new canonical, or the members an un-merge restored).
// For every original relationship of those entities and of everything merged into them (at any
// depth) whose endpoint has been merged away, creates a copy between the endpoints' active
// canonicals, same type and properties plus mergeCopyOf = elementId(original). A relationship
// whose ends resolve to the same canonical is internal to it and gets no copy. Returns copies.
MATCH (x:Entity)
WHERE x.uid IN $uids
MATCH (l:Entity)-[:MERGED_INTO*0..]->(x)
MATCH (l)-[r]-()
WHERE r.mergeCopyOf IS NULL AND NOT type(r) IN ['MERGED_INTO', 'POSSIBLY_SAME_AS']
WITH DISTINCT r
WITH r, startNode(r) AS s, endNode(r) AS e
WHERE s.mergedInto IS NOT NULL OR e.mergedInto IS NOT NULL
CALL {
  WITH s
  OPTIONAL MATCH (s)-[:MERGED_INTO*]->(top)
  WHERE top.mergedInto IS NULL
  RETURN coalesce(top, s) AS rs
}
CALL {
  WITH e
  OPTIONAL MATCH (e)-[:MERGED_INTO*]->(top)
  WHERE top.mergedInto IS NULL
  RETURN coalesce(top, e) AS re
}
WITH r, rs, re
WHERE rs <> re
CREATE (rs)-[c:$(type(r))]->(re)
SET c = properties(r), c.mergeCopyOf = elementId(r)
RETURN count(c) AS copies
