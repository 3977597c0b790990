// Params: none. Test only: {type, count} of every relationship type between :Entity nodes, so the
// bulk-load test compares the bulk and incremental graphs type by type.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
