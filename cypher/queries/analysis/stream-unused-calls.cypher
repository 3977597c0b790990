// Params: $from, $to (epoch ms window), $minConfidence. Subject PERSON: the call evidence the person
// projection cannot use, per reason, from the derived CALLS summaries overlapping the window:
// reason ('no-holder': a phone on either end has no recorded user; 'same-person': the only users of
// both ends are the same person), pairs (phone pairs), calls (calls they summarise).
MATCH (x:Phone)-[c:CALLS]->(y:Phone)
WHERE x <> y AND coalesce(c.confidence, 1.0) >= $minConfidence
  AND coalesce(c.lastAt, $from) >= $from AND coalesce(c.firstAt, $from) < $to
OPTIONAL MATCH (a:Person)-[u1:USES]->(x)
WHERE a.mergedInto IS NULL AND coalesce(u1.confidence, 1.0) >= $minConfidence
WITH x, y, c, collect(DISTINCT a.uid) AS as
OPTIONAL MATCH (b:Person)-[u2:USES]->(y)
WHERE b.mergedInto IS NULL AND coalesce(u2.confidence, 1.0) >= $minConfidence
WITH c, as, collect(DISTINCT b.uid) AS bs
WITH c, CASE
    WHEN size(as) = 0 OR size(bs) = 0 THEN 'no-holder'
    WHEN size(as) = 1 AND size(bs) = 1 AND as[0] = bs[0] THEN 'same-person'
    ELSE null END AS reason
WHERE reason IS NOT NULL
RETURN reason, count(c) AS pairs, sum(coalesce(c.count, 1)) AS calls
