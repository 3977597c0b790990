// Params: $relic (element id of a Relic). Returns one row: relic, origin (the Site it was taken
// from, or null), takenFrom (that relationship), sales [{sale, sellers [Person], buyers [Person],
// soldAt (Site or null), rels (the sale's SOLD, BOUGHT, SOLD_AT and OF relationships)}] in date
// order. The resale-chain service links sales whose buyer sells on later.
MATCH (relic:Relic)
WHERE elementId(relic) = $relic
OPTIONAL MATCH (relic)-[tf:TAKEN_FROM]->(origin:Site)
WITH relic, head(collect(origin)) AS origin, head(collect(tf)) AS takenFrom
CALL {
  WITH relic
  MATCH (s:Sale)-[:OF]->(relic)
  WHERE s.mergedInto IS NULL
  WITH s
  ORDER BY s.at, s.uid
  RETURN collect({
    sale: s,
    sellers: [(p:Person)-[:SOLD]->(s) WHERE p.mergedInto IS NULL | p],
    buyers: [(p:Person)-[:BOUGHT]->(s) WHERE p.mergedInto IS NULL | p],
    soldAt: head([(s)-[:SOLD_AT]->(x:Site) | x]),
    rels: [(:Person)-[x:SOLD|BOUGHT]->(s) | x] + [(s)-[x:SOLD_AT|OF]->() | x]
  }) AS sales
}
RETURN relic, origin, takenFrom, sales
