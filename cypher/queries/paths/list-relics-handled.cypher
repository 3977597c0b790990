// Params: $person (element id), $skip, $limit. The relics that passed through the person's
// hands (they bought or sold them), earliest first. Returns: relic, firstAt, acquiredAt,
// disposedAt, steps [{sale, role: 'SOLD'|'BOUGHT', sellers, buyers, soldAt}] in date order.
MATCH (p:Person)
WHERE elementId(p) = $person
MATCH (p)-[h:SOLD|BOUGHT]->(s:Sale)-[:OF]->(relic:Relic)
WHERE s.mergedInto IS NULL
WITH relic, s, type(h) AS role
ORDER BY s.at, s.uid
WITH relic, collect({
    sale: s,
    role: role,
    sellers: [(x:Person)-[:SOLD]->(s) WHERE x.mergedInto IS NULL | x],
    buyers: [(x:Person)-[:BOUGHT]->(s) WHERE x.mergedInto IS NULL | x],
    soldAt: head([(s)-[:SOLD_AT]->(x:Site) | x])
  }) AS steps,
  min(s.at) AS firstAt,
  min(CASE WHEN role = 'BOUGHT' THEN s.at END) AS acquiredAt,
  max(CASE WHEN role = 'SOLD' THEN s.at END) AS disposedAt
ORDER BY firstAt, relic.uid
SKIP $skip
LIMIT $limit
RETURN relic, firstAt, acquiredAt, disposedAt, steps
