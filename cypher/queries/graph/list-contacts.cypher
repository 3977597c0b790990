// Params: $eid (element id of a Phone or Person), $from, $to (epoch ms or null), $skip, $limit.
// Phone contacts (CALLS summaries) of the phone, or of every phone the person uses, most
// frequent first. Returns: caller, callee (Phone nodes), r (the CALLS relationship).
MATCH (x)
WHERE elementId(x) = $eid
CALL {
  WITH x
  MATCH (x:Phone)
  RETURN x AS p
  UNION
  WITH x
  MATCH (x:Person)-[:USES]->(p:Phone)
  RETURN p
}
MATCH (p)-[r:CALLS]-(q:Phone)
WHERE ($from IS NULL OR r.lastAt >= $from) AND ($to IS NULL OR r.firstAt <= $to)
WITH DISTINCT r
ORDER BY r.count DESC, r.lastAt DESC, elementId(r)
SKIP $skip
LIMIT $limit
RETURN startNode(r) AS caller, endNode(r) AS callee, r
