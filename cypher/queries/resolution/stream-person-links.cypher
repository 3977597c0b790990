// Params: none. Returns, for every active person, each phone it USES and each vehicle it OWNS or
// DRIVES: person uid, relationship type, target uid, and the phone's imei (or null).
MATCH (p:Person)-[r:USES|OWNS|DRIVES]->(x:Entity)
WHERE p.mergedInto IS NULL AND x.mergedInto IS NULL
RETURN DISTINCT p.uid AS person, type(r) AS type, x.uid AS target, x.imei AS imei
