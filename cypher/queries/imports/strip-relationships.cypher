// Params: $files [name]. Rolling back an import: every relationship citing one of these files
// ("<file>#<record>") loses those sources; one left with no source is deleted. Derived CALLS
// summaries are left to refresh. Returns: updated, deleted, phones (uids of phones whose call
// records lost a FROM or TO, to refresh their CALLS).
MATCH (a)-[r]->(b)
WHERE type(r) <> 'CALLS' AND any(s IN coalesce(r.sources, []) WHERE any(f IN $files WHERE s STARTS WITH f + '#'))
WITH a, r, b, [s IN r.sources WHERE none(f IN $files WHERE s STARTS WITH f + '#')] AS kept
WITH a, r, b, kept, size(kept) = 0 AS gone, type(r) IN ['FROM', 'TO'] AND b:Phone AS callEnd
FOREACH (_ IN CASE WHEN gone THEN [] ELSE [1] END | SET r.sources = kept)
FOREACH (_ IN CASE WHEN gone THEN [1] ELSE [] END | DELETE r)
RETURN sum(CASE WHEN gone THEN 0 ELSE 1 END) AS updated, sum(CASE WHEN gone THEN 1 ELSE 0 END) AS deleted,
  collect(DISTINCT CASE WHEN callEnd THEN b.uid END) AS phones
