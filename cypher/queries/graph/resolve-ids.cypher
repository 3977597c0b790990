// Params: $ids [string] API ids. Returns: id (as asked), eid (element id), n (node) for each found
// entity; records without provenance (the service's own nodes) never match.
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
RETURN id, elementId(n) AS eid, n
