// Params: $runId, $uids (Person uids). Returns each of those people with their name and, when the
// run placed them, their community and measures: uid, name, community (or null), rank (by
// PageRank within the community), degree, pagerank, betweenness, participation, broker.
UNWIND $uids AS uid
MATCH (p:Entity {uid: uid})
WHERE p:Person
OPTIONAL MATCH (p)-[m:MEMBER_OF {runId: $runId}]->(k:Community)
RETURN p.uid AS uid, p.name AS name, k.index AS community, m.rank AS rank, m.degree AS degree,
  m.pagerank AS pagerank, m.betweenness AS betweenness, m.participation AS participation,
  m.broker AS broker
