// Params: $gangs [{runId, index}]. The persons of each watched gang (community of an analysis run).
// Returns: runId, index, members [uid].
UNWIND $gangs AS gang
MATCH (k:Community {runId: gang.runId, index: gang.index})<-[:MEMBER_OF]-(p:Person)
RETURN gang.runId AS runId, gang.index AS index, collect(p.uid) AS members
