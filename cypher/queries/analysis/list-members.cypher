// Params: $runId, $community (index, or null for the whole run), $orderBy (degree, strength,
// betweenness, pagerank, broker), $skip, $limit. Returns members ranked by the measure:
// uid, name, community, degree, strength, betweenness, pagerank, participation, broker, stability
// (consensus runs only, else null). Members are people, or phones in a run whose subject is PHONE.
MATCH (p:Entity)-[m:MEMBER_OF {runId: $runId}]->(k:Community)
WHERE ($community IS NULL OR k.index = $community) AND (p:Person OR p:Phone)
WITH p, m, k, m[$orderBy] AS score
RETURN p.uid AS uid, p.name AS name, k.index AS community, m.degree AS degree, m.strength AS strength,
  m.betweenness AS betweenness, m.pagerank AS pagerank, m.participation AS participation, m.broker AS broker,
  m.stability AS stability
ORDER BY score DESC, p.uid
SKIP $skip LIMIT $limit
