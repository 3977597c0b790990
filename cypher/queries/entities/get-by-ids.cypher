// Params: $ids [string]: API ids, each a uid ("<Type>:<key>") or, for imported records kept as
// they were, an element id. Returns one row per id found: id (as asked), n (the node).
// Only records with provenance (`sources`) are entities; the service's own nodes never match.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:Entity {uid: id})
  RETURN n
  UNION
  WITH id
  MATCH (n)
  WHERE elementId(n) = id AND n.uid IS NULL AND n.sources IS NOT NULL
  RETURN n
}
RETURN id, n
