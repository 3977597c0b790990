// Params: $uids (the uids of entities a test seeded), $canary (one of them). Tests only: evidence
// that injected Cypher ran. Returns pwnedNodes (nodes labelled :Pwned), pwnedProps (nodes with a
// `pwned` property), seeded (how many of $uids still exist), seededLinks (links among them) and
// canaryName (the canary's name, or null when it is gone).
CALL {
  MATCH (p)
  WHERE 'Pwned' IN labels(p)
  RETURN count(p) AS pwnedNodes
}
CALL {
  MATCH (n)
  WHERE n['pwned'] IS NOT NULL
  RETURN count(n) AS pwnedProps
}
CALL {
  MATCH (e:Entity)
  WHERE e.uid IN $uids
  RETURN count(e) AS seeded
}
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.uid IN $uids AND b.uid IN $uids
  RETURN count(r) AS seededLinks
}
CALL {
  OPTIONAL MATCH (c:Entity {uid: $canary})
  RETURN c.name AS canaryName
}
RETURN pwnedNodes, pwnedProps, seeded, seededLinks, canaryName
