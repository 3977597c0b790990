// Params: $a, $b (person uids), $status ('open' | 'rejected'), $by, $at.
// Sets the status of the candidate between a and b (either direction) unless it is merged.
// Returns the candidate's status after the change, or no row when there is no such candidate.
MATCH (a:Person {uid: $a})-[c:POSSIBLY_SAME_AS]-(b:Person {uid: $b})
SET c.status = CASE WHEN c.status = 'merged' THEN c.status ELSE $status END,
  c.decidedBy = $by, c.decidedAt = $at
RETURN c.status AS status
