// Params: none. Test only: {label, count} of every label on :Entity nodes, so the bulk-load test
// compares the bulk and incremental graphs label by label (service nodes left out).
MATCH (n:Entity)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
