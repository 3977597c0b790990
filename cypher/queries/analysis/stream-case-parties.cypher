// Params: $from, $to (epoch ms window), $minConfidence, $roles. Streams one row per person party to
// a case in the window: person (uid), case (uid), at (epoch ms or null), role, kind (case kind).
MATCH (p:Person)-[r:PARTY_TO]->(c:Case)
WHERE p.mergedInto IS NULL AND r.role IN $roles AND coalesce(r.confidence, 1.0) >= $minConfidence
  AND coalesce(c.at, $from) >= $from AND coalesce(c.at, $from) < $to
RETURN p.uid AS person, c.uid AS case, c.at AS at, r.role AS role, c.kind AS kind
