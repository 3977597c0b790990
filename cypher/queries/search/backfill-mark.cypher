// Params: $version (integer), $now (epoch ms). Records that the search-forms backfill of this
// version has run (server/features/search/backfill.ts). Returns nothing.
MERGE (m:SearchFormsBackfill {version: $version})
ON CREATE SET m.at = $now
