// Chinese text is searched through a second full-text index over the same properties with Lucene's
// CJK analyzer (overlapping character bigrams: 文物盗掘案 → 文物 物盗 盗掘 掘案), so a query of two
// or more characters matches where they stand together in a name, description, title or summary.
// Queries without a run of two Han characters keep using `entity_search` (standard analyzer: one
// term per Han character, pinyin and identifiers as words). The pinyin and simplified forms in
// `searchText` are written at ingest (server/features/search/chinese.ts): records ingested before
// this migration get them once at the next start (server/features/search/backfill.ts). Neo4j keeps
// one index per schema (labels and properties): `description` is in the list, though searchText
// carries it too, so that this index's schema is not `entity_search`'s (IF NOT EXISTS would skip it).
CREATE FULLTEXT INDEX entity_search_cjk IF NOT EXISTS
FOR (n:Entity)
ON EACH [n.name, n.searchText, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
