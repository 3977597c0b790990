// Params: $runId, $roles (PARTY_TO roles that count as offending). Returns, per community of the
// run, how many of its members are party to an offending case together with another member of
// the same community: community (index), coOffenders, sharedCases.
MATCH (a:Person)-[:MEMBER_OF {runId: $runId}]->(k:Community)
MATCH (a)-[r1:PARTY_TO]->(c:Case)<-[r2:PARTY_TO]-(b:Person)-[:MEMBER_OF {runId: $runId}]->(k)
WHERE a <> b AND r1.role IN $roles AND r2.role IN $roles
RETURN k.index AS community, count(DISTINCT a) AS coOffenders, count(DISTINCT c) AS sharedCases
