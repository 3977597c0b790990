// Params: $uid (Group uid), $name, $members (Person uids). Test only: creates a (:Group) of the
// affiliation contract (issue 20) and a MEMBER_OF from each member to it. Returns members.
MERGE (g:Entity:Group {uid: $uid})
SET g.name = $name, g.kind = 'organisation'
WITH g
UNWIND $members AS m
MATCH (p:Person {uid: m})
MERGE (p)-[:MEMBER_OF]->(g)
RETURN count(p) AS members
