// Params: $after (uid string, '' to start), $han (a regular expression matching text with a Han
// character), $limit. Scans the next $limit entities by uid. Returns: uid, name, aliases, nicknames,
// searchText of those that carry a searchText and a Han character in their name or searchText (one
// row of nulls when none does), and last (the last uid scanned; null when the scan is over).
MATCH (n:Entity)
WHERE n.uid > $after
WITH n ORDER BY n.uid LIMIT $limit
WITH collect(n) AS page
WITH page[size(page) - 1].uid AS last,
  [n IN page WHERE n.searchText IS NOT NULL
    AND (coalesce(toStringOrNull(n.name), '') =~ $han OR n.searchText =~ $han)] AS hits
UNWIND CASE WHEN size(hits) = 0 THEN [null] ELSE hits END AS n
RETURN n.uid AS uid, n.name AS name, n.aliases AS aliases, n.nicknames AS nicknames,
  n.searchText AS searchText, last
