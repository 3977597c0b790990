// Params: $index ('entity_search', or 'entity_search_cjk' for a query with a run of two Han
// characters), $lucene (a Lucene query built by the search service), $ftLimit, $exactUids [string],
// $exactTexts [lower-case string], $nameStart (lower-case string or null: a name starting with it
// ranks higher), $types [string] or null, $region (a GB/T 2260 code prefix: '61', '6104', '610424',
// or null: keeps what has a regionCode, or a person's idRegion, starting with it), $includeMerged,
// $skip, $limit.
// Returns: n (node), score, exact (boolean): exact identifier matches first, then by score; a
// person who uses a phone matched exactly (by its number, a national form, its last 8 digits)
// comes right after the phone.
CALL {
  UNWIND $exactUids AS u
  MATCH (n:Entity {uid: u})
  RETURN n, 1000.0 AS score, 1 AS exact
  UNION
  CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $ftLimit}) YIELD node, score
  WITH node, score, toLower(coalesce(node.name, '')) AS name,
    [x IN split(toLower(coalesce(node.searchText, '')), ' | ') | trim(x)] AS texts
  RETURN node AS n,
    score + CASE WHEN $nameStart IS NOT NULL AND name STARTS WITH $nameStart THEN 1.0 ELSE 0.0 END AS score,
    CASE WHEN any(t IN $exactTexts WHERE t IN texts OR t = name) THEN 1 ELSE 0 END AS exact
}
WITH n, max(score) AS score, max(exact) AS exact
CALL {
  WITH n, score, exact
  RETURN n AS hit, score AS s, exact AS e
  UNION
  WITH n, score, exact
  WITH n, score WHERE exact = 1 AND n:Phone
  MATCH (p:Person)-[:USES]->(n)
  RETURN p AS hit, score - 0.5 AS s, 1 AS e
}
WITH hit AS n, s AS score, e AS exact
WHERE ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
  AND ($includeMerged OR n.mergedInto IS NULL)
  AND ($region IS NULL OR coalesce(n.regionCode, n.idRegion, '') STARTS WITH $region)
WITH n, max(score) AS score, max(exact) AS exact
ORDER BY exact DESC, score DESC, n.uid
SKIP $skip
LIMIT $limit
RETURN n, score, exact = 1 AS exact
