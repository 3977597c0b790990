// Params: $rows [{call, from, to}] (phone uids of the calls of an ingest batch), $runId (the
// latest community analysis run). Calls between people in two different communities of that run.
// Returns: call, fromPhone, toPhone, fromPerson, toPerson, fromGang, toGang (community index).
UNWIND $rows AS row
MATCH (a:Person)-[:USES]->(:Phone {uid: row.from})
MATCH (a)-[:MEMBER_OF]->(ka:Community {runId: $runId})
MATCH (b:Person)-[:USES]->(:Phone {uid: row.to})
MATCH (b)-[:MEMBER_OF]->(kb:Community {runId: $runId})
WHERE ka.index <> kb.index
RETURN row.call AS call, row.from AS fromPhone, row.to AS toPhone, a.uid AS fromPerson, b.uid AS toPerson,
  ka.index AS fromGang, kb.index AS toGang
