// Params: $version (integer). Returns: done (boolean): whether the search-forms backfill of this
// version has run on this database (server/features/search/backfill.ts).
OPTIONAL MATCH (m:SearchFormsBackfill {version: $version})
RETURN m IS NOT NULL AS done
