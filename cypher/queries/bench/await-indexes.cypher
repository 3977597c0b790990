// Params: none. Waits (up to 300 s) until every index is online, so a benchmark measures queries, not index population. Returns nothing.
CALL db.awaitIndexes(300)
