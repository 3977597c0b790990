// Params: $runId. Returns the sales between members of the run's communities, summed per pair:
// seller (community index of the seller), buyer (community index of the buyer), sales.
MATCH (a:Person)-[:SOLD]->(s:Sale)<-[:BOUGHT]-(b:Person)
WHERE a <> b
MATCH (a)-[:MEMBER_OF {runId: $runId}]->(ka:Community)
MATCH (b)-[:MEMBER_OF {runId: $runId}]->(kb:Community)
RETURN ka.index AS seller, kb.index AS buyer, count(DISTINCT s) AS sales
