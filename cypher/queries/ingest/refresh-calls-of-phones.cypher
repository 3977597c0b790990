// Params: $phones [uid] (Phone uids). Recomputes the derived (:Phone)-[:CALLS]->(:Phone) summary
// of every pair in which one of these phones called or was called, from the Call nodes: count,
// first and last call, total seconds, highest confidence. Idempotent. Returns nothing.
UNWIND $phones AS uid
MATCH (p:Entity {uid: uid})
CALL {
  WITH p
  MATCH (p)<-[:FROM]-(:Call)-[:TO]->(other:Phone)
  RETURN p AS a, other AS b
  UNION
  WITH p
  MATCH (p)<-[:TO]-(:Call)-[:FROM]->(other:Phone)
  RETURN other AS a, p AS b
}
WITH DISTINCT a, b
CALL {
  WITH a, b
  MATCH (a)<-[:FROM]-(c:Call)-[:TO]->(b)
  RETURN count(c) AS n, min(c.at) AS firstAt, max(c.at) AS lastAt, sum(coalesce(c.durationSeconds, 0)) AS secs,
    max(coalesce(c.confidence, 1.0)) AS conf
}
MERGE (a)-[r:CALLS]->(b)
SET r.count = n, r.firstAt = firstAt, r.lastAt = lastAt, r.totalSeconds = secs, r.confidence = conf,
  r.sources = ['derived:calls'], r.ingestedAt = coalesce(r.ingestedAt, timestamp())
