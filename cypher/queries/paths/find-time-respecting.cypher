// Params: $a, $b (element ids), $relTypes [string], $reversed [string] (types whose flow runs
// end to start, e.g. BOUGHT, FROM), $respectDirection, $relic (element id or null: every Sale on
// the path must be OF it), $maxHops (1..8), $maxGap (ms or null), $from, $to (epoch ms or null), $k.
// Paths from a to b whose timed steps go strictly forward in time. A step's time is an interval:
// an event's `at`, a relationship's firstAt..lastAt or from..to. Feasibility is propagated as the
// interval [lo, hi] of possible times of the latest step: lo' = max(lo + 1, start),
// hi' = min(hi + gap, end); the path is kept while lo <= hi. Returns: p, times (the chosen
// earliest times of the timed steps), departAt, arriveAt; earliest arrival first. Direction, types
// and the relic are checked hop by hop inside the pattern, so wrong turns are pruned early.
MATCH (a), (b)
WHERE elementId(a) = $a AND elementId(b) = $b
MATCH p = (a)((x)-[r]-(y)
  WHERE type(r) IN $relTypes
    AND y.sources IS NOT NULL AND y.mergedInto IS NULL
    AND (NOT $respectDirection OR (startNode(r) = x) <> (type(r) IN $reversed))
    AND ($relic IS NULL OR NOT y:Sale OR any(z IN [(y)-[:OF]->(z) | z] WHERE elementId(z) = $relic))){1,8}(b)
WHERE length(p) <= $maxHops
WITH p, [i IN range(0, 2 * length(p)) |
    CASE WHEN i % 2 = 0 THEN nodes(p)[i / 2] ELSE relationships(p)[i / 2] END] AS elements
WITH p, [e IN elements WHERE coalesce(e.at, e.firstAt, e.from, e.lastAt, e.to) IS NOT NULL |
    [coalesce(e.at, e.firstAt, e.from, -9007199254740991), coalesce(e.at, e.lastAt, e.to, 9007199254740991)]] AS spans
WHERE all(s IN spans WHERE ($from IS NULL OR s[1] >= $from) AND ($to IS NULL OR s[0] <= $to))
WITH p, spans, reduce(w = [-9007199254740991, 9007199254740991, 1, 0, []], s IN spans |
    CASE
      WHEN w[2] = 0 THEN w
      WHEN w[3] = 0 THEN [s[0], s[1], 1, 1, [s[0]]]
      ELSE [
        CASE WHEN w[0] + 1 > s[0] THEN w[0] + 1 ELSE s[0] END,
        CASE WHEN $maxGap IS NOT NULL AND w[1] + $maxGap < s[1] THEN w[1] + $maxGap ELSE s[1] END,
        CASE WHEN (CASE WHEN w[0] + 1 > s[0] THEN w[0] + 1 ELSE s[0] END)
          <= (CASE WHEN $maxGap IS NOT NULL AND w[1] + $maxGap < s[1] THEN w[1] + $maxGap ELSE s[1] END)
          THEN 1 ELSE 0 END,
        1,
        w[4] + (CASE WHEN w[0] + 1 > s[0] THEN w[0] + 1 ELSE s[0] END)]
    END) AS w
WHERE w[2] = 1 AND size(spans) > 0
RETURN p, w[4] AS times, w[4][0] AS departAt, w[0] AS arriveAt
ORDER BY arriveAt, length(p)
LIMIT $k
