// Params: none. Tests only (tests/api/audit-completeness.test.ts): ids to ask about on a seeded
// network. Returns person (a person who uses a phone), phone (that phone), caller and callee (the
// two ends of a CALLS summary), seller and buyer (of one sale), relic (a relic sold at least
// twice), name (the person's name), from and to (the earliest and latest sale, epoch ms).
CALL {
  MATCH (p:Person)-[:USES]->(ph:Phone)-[:CALLS]-(:Phone)
  RETURN p.uid AS person, ph.uid AS phone, p.name AS name
  ORDER BY p.uid
  LIMIT 1
}
CALL {
  MATCH (a:Phone)-[:CALLS]->(b:Phone)
  RETURN a.uid AS caller, b.uid AS callee
  ORDER BY a.uid, b.uid
  LIMIT 1
}
CALL {
  MATCH (s:Person)-[:SOLD]->(sale:Sale)<-[:BOUGHT]-(b:Person), (sale)-[:OF]->(r:Relic)
  WITH r, s, b, sale
  MATCH (r)<-[:OF]-(other:Sale)
  WITH r, s, b, sale, count(other) AS sales
  WHERE sales >= 2
  RETURN s.uid AS seller, b.uid AS buyer, r.uid AS relic
  ORDER BY r.uid
  LIMIT 1
}
CALL {
  MATCH (sale:Sale)
  WHERE sale.at IS NOT NULL
  RETURN min(sale.at) AS from, max(sale.at) AS to
}
RETURN person, phone, name, caller, callee, seller, buyer, relic, from, to
