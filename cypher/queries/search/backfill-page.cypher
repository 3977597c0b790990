// Params: $after (uid string, '' to start), $han (a regular expression matching text with a Han
// character), $limit. Returns: uid, name, aliases, nicknames, searchText of the next entities by uid
// that carry a searchText and a Han character in their name or searchText, and last (the last uid
// scanned, null when the scan is over).
MATCH (n:Entity)
WHERE n.uid > $after
WITH n ORDER BY n.uid LIMIT $limit
WITH collect(n) AS page
WITH page, CASE WHEN size(page) = 0 THEN null ELSE page[size(page) - 1].uid END AS last
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS n
WITH n, last
WHERE n IS NULL OR (n.searchText IS NOT NULL
  AND (coalesce(toStringOrNull(n.name), '') =~ $han OR n.searchText =~ $han))
RETURN n.uid AS uid, n.name AS name, n.aliases AS aliases, n.nicknames AS nicknames,
  n.searchText AS searchText, last
