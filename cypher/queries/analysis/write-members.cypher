// Params: $runId, $rows [{uid, community, degree, strength, betweenness, pagerank, participation,
// broker, rank}]. Links each person to their community of the run with their measures on
// MEMBER_OF (rank: position in the community by PageRank, 1 = first). Returns nothing.
UNWIND $rows AS row
MATCH (k:Community {runId: $runId, index: row.community})
MATCH (p:Entity {uid: row.uid})
CREATE (p)-[m:MEMBER_OF]->(k)
SET m.runId = $runId, m.degree = row.degree, m.strength = row.strength, m.betweenness = row.betweenness,
  m.pagerank = row.pagerank, m.participation = row.participation, m.broker = row.broker, m.rank = row.rank
