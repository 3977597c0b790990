// Params: $uids [person uid]. The phones each person USES and the vehicles they OWN or DRIVE: a
// new record on one of them links to the person. Returns: person, linked [uid].
UNWIND $uids AS uid
MATCH (p:Person {uid: uid})-[:USES|OWNS|DRIVES]->(x)
RETURN p.uid AS person, collect(DISTINCT x.uid) AS linked
