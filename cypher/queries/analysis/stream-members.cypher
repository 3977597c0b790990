// Params: $runId. Streams the run's membership: uid, community (index).
MATCH (p:Person)-[:MEMBER_OF {runId: $runId}]->(k:Community)
RETURN p.uid AS uid, k.index AS community
