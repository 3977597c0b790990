// Params: $runId, $roles (PARTY_TO roles that count as offending), $lootingKinds (case kinds that
// are looting or theft). Returns one row per member of the run's communities, with the run's
// measures and what the records say they did: uid, name, community (index), degree, strength,
// betweenness, pagerank, participation, broker, offences (offending cases), lootings (of them,
// looting or theft), sold, bought (sales as seller and as buyer).
MATCH (p:Person)-[m:MEMBER_OF {runId: $runId}]->(k:Community)
CALL {
  WITH p
  OPTIONAL MATCH (p)-[r:PARTY_TO]->(c:Case)
  WHERE r.role IN $roles
  RETURN count(DISTINCT c) AS offences,
    count(DISTINCT CASE WHEN c.kind IN $lootingKinds THEN c END) AS lootings
}
CALL {
  WITH p
  OPTIONAL MATCH (p)-[:SOLD]->(s:Sale)
  RETURN count(DISTINCT s) AS sold
}
CALL {
  WITH p
  OPTIONAL MATCH (p)-[:BOUGHT]->(s:Sale)
  RETURN count(DISTINCT s) AS bought
}
RETURN p.uid AS uid, p.name AS name, k.index AS community, m.degree AS degree, m.strength AS strength,
  m.betweenness AS betweenness, m.pagerank AS pagerank, m.participation AS participation,
  m.broker AS broker, offences, lootings, sold, bought
