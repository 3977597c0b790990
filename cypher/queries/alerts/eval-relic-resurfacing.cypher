// Params: $rows [{sale, relic}] (the OF links of an ingest batch). A relic resurfacing: sold
// earlier in another sale record, reported in a case, or its description the same as a case's
// relic (index on Relic.description). Returns: sale, relic, channel, earlier [sale uid],
// cases [case uid], lookalikes [relic uid].
UNWIND $rows AS row
MATCH (s:Sale {uid: row.sale})-[:OF]->(r:Relic {uid: row.relic})
CALL (s, r) {
  OPTIONAL MATCH (r)<-[:OF]-(other:Sale)
  WHERE other <> s AND coalesce(other.at, 0) <= coalesce(s.at, 9007199254740991)
  RETURN collect(DISTINCT other.uid) AS earlier
}
CALL (r) {
  OPTIONAL MATCH (r)<-[:CONCERNS]-(c:Case)
  RETURN collect(DISTINCT c.uid) AS cases
}
CALL (r) {
  OPTIONAL MATCH (same:Relic)<-[:CONCERNS]-(:Case)
  WHERE r.description IS NOT NULL AND size(trim(r.description)) >= 4 AND same.description = r.description AND same <> r
  RETURN collect(DISTINCT same.uid) AS lookalikes
}
WITH s, r, earlier, cases, lookalikes
WHERE size(earlier) > 0 OR size(cases) > 0 OR size(lookalikes) > 0
RETURN s.uid AS sale, r.uid AS relic, s.channel AS channel, earlier, cases, lookalikes
