// Params: none. Tests only (the fault test's exact-count check after an interrupted ingest):
// returns phones, calls, fromLinks (Call-FROM->Phone) and toLinks (Call-TO->Phone).
CALL {
  MATCH (p:Phone)
  RETURN count(p) AS phones
}
CALL {
  MATCH (c:Call)
  RETURN count(c) AS calls
}
CALL {
  MATCH (:Call)-[r:FROM]->(:Phone)
  RETURN count(r) AS fromLinks
}
CALL {
  MATCH (:Call)-[r:TO]->(:Phone)
  RETURN count(r) AS toLinks
}
RETURN phones, calls, fromLinks, toLinks
