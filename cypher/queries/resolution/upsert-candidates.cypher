// Params: $rows [{a, b, score, evidence: [string], evidenceJson}], $runAt (epoch ms).
// Stores each pair as (a:Person)-[:POSSIBLY_SAME_AS]->(b:Person) with its score and evidence; a
// new candidate is "open", an existing one keeps its status (a rejected pair stays rejected).
// Returns how many were stored.
UNWIND $rows AS row
MATCH (a:Person {uid: row.a}), (b:Person {uid: row.b})
MERGE (a)-[c:POSSIBLY_SAME_AS]->(b)
ON CREATE SET c.status = 'open', c.firstDetectedAt = $runAt
SET c.score = row.score, c.evidence = row.evidence, c.evidenceJson = row.evidenceJson, c.detectedAt = $runAt
RETURN count(c) AS stored
