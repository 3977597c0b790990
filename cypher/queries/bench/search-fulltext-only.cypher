// Params: $index, $lucene, $ftLimit, $limit. The reference of bench `search.vs-fulltext`: the same
// Lucene query through Neo4j's full-text index alone (no exact-first ranking, filters or phones'
// users). Returns: n (node), score.
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $ftLimit}) YIELD node, score
WHERE node.mergedInto IS NULL
RETURN node AS n, score
ORDER BY score DESC
LIMIT $limit
