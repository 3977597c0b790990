// Params: none. Returns {uid} of every Phone that a Call was made from, after a bulk load, for the
// writer's refresh of the derived CALLS summaries (refresh-calls-of-phones).
MATCH (p:Phone)<-[:FROM]-(:Call)
RETURN DISTINCT p.uid AS uid
ORDER BY uid
