// Every entity is searchable: records kept as they were (types outside the model, such as POLE's
// Officer, Location or Email) carry a searchText from ingest, and the full-text index covers
// :Entity instead of the model's labels only. Records ingested before this migration get their
// searchText when their source is ingested again (ingest is idempotent).
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity)
ON EACH [n.name, n.searchText];
