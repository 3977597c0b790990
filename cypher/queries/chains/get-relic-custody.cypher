// Params: $uid (a Relic's uid). Everything known of who had the relic: its holdings (HELD, with
// from/to and precision) and its sales (with date, precision, sellers and buyers). Returns:
// holdings [{holder uid, name, from, to, precision, fromPrecision, toPrecision, approximate, sources}],
// sales [{sale uid, at, date, precision, approximate, price, currency, sellers [uid], buyers [uid]}].
MATCH (relic:Relic {uid: $uid})
RETURN
  [(p:Person)-[h:HELD]->(relic) WHERE p.mergedInto IS NULL |
    {holder: p.uid, name: p.name, from: h.from, to: h.to, precision: h.precision,
     fromPrecision: h.fromPrecision, toPrecision: h.toPrecision, approximate: h.approximate,
     sources: h.sources}] AS holdings,
  [(s:Sale)-[:OF]->(relic) WHERE s.mergedInto IS NULL |
    {sale: s.uid, at: s.at, date: s.date, precision: s.datePrecision, approximate: s.dateApproximate,
     price: s.price, currency: s.currency,
     sellers: [(x:Person)-[:SOLD]->(s) WHERE x.mergedInto IS NULL | x.uid],
     buyers: [(x:Person)-[:BOUGHT]->(s) WHERE x.mergedInto IS NULL | x.uid]}] AS sales
