// Params: $runId. Streams the run's membership: uid, community (index). Members are people, or
// phones in a run whose subject is PHONE.
MATCH (p:Entity)-[:MEMBER_OF {runId: $runId}]->(k:Community)
WHERE p:Person OR p:Phone
RETURN p.uid AS uid, k.index AS community
