// Params: $lucene (a Lucene query built by the search service), $ftLimit, $exactUids [string],
// $exactTexts [lower-case string], $types [string] or null, $includeMerged, $skip, $limit.
// Returns: n (node), score, exact (boolean): exact identifier matches first, then by score.
CALL {
  UNWIND $exactUids AS u
  MATCH (n:Entity {uid: u})
  RETURN n, 1000.0 AS score, 1 AS exact
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $ftLimit}) YIELD node, score
  WITH node, score,
    [x IN split(toLower(coalesce(node.searchText, '')), ' | ') | trim(x)] + toLower(coalesce(node.name, '')) AS ids
  RETURN node AS n, score, CASE WHEN any(t IN $exactTexts WHERE t IN ids) THEN 1 ELSE 0 END AS exact
}
WITH n, score, exact
WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
  AND ($includeMerged OR n.mergedInto IS NULL)
WITH n, max(score) AS score, max(exact) AS exact
ORDER BY exact DESC, score DESC, n.uid
SKIP $skip
LIMIT $limit
RETURN n, score, exact = 1 AS exact
