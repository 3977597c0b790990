// Params: $files [name]. Rolling back an import: every :Entity node citing one of these files loses
// those sources. A node left with no source and no relationship but derived CALLS is deleted (with
// those); one still linked by another import's relationship is kept, citing that relationship's
// sources. Run after strip-relationships. Returns: updated, deleted, kept (nodes kept for another
// import's links).
MATCH (n:Entity)
WHERE any(s IN coalesce(n.sources, []) WHERE any(f IN $files WHERE s STARTS WITH f + '#'))
WITH n, [s IN n.sources WHERE none(f IN $files WHERE s STARTS WITH f + '#')] AS kept
WITH n, kept, CASE WHEN size(kept) = 0
    THEN reduce(acc = [], x IN [(n)-[r]-() WHERE type(r) <> 'CALLS' | coalesce(r.sources, [])] | acc + [s IN x WHERE NOT s IN acc])
    ELSE kept END AS sources
WITH n, size(kept) > 0 AS stays, size(kept) = 0 AND size(sources) > 0 AS linked, sources
FOREACH (_ IN CASE WHEN stays OR linked THEN [1] ELSE [] END | SET n.sources = sources)
FOREACH (_ IN CASE WHEN stays OR linked THEN [] ELSE [1] END | DETACH DELETE n)
RETURN sum(CASE WHEN stays THEN 1 ELSE 0 END) AS updated, sum(CASE WHEN stays OR linked THEN 0 ELSE 1 END) AS deleted,
  sum(CASE WHEN linked THEN 1 ELSE 0 END) AS kept
