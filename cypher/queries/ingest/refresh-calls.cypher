// Params: $pairs [{from, to}] (Phone uids). Recomputes the derived (:Phone)-[:CALLS]->(:Phone)
// summary of each pair from its Call nodes: count, first and last call, total seconds. Idempotent.
UNWIND $pairs AS p
MATCH (a:Entity {uid: p.from}), (b:Entity {uid: p.to})
CALL {
  WITH a, b
  MATCH (a)<-[:FROM]-(c:Call)-[:TO]->(b)
  RETURN count(c) AS n, min(c.at) AS firstAt, max(c.at) AS lastAt, sum(coalesce(c.durationSeconds, 0)) AS secs,
    max(coalesce(c.confidence, 1.0)) AS conf
}
MERGE (a)-[r:CALLS]->(b)
SET r.count = n, r.firstAt = firstAt, r.lastAt = lastAt, r.totalSeconds = secs, r.confidence = conf,
  r.sources = ['derived:calls'], r.ingestedAt = coalesce(r.ingestedAt, timestamp())
