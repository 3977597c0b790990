// Params: $uid (a canonical person). Returns canonical (uid, labels, props) and members: each
// merged person's {uid, props, by, at, reason}, or no row when $uid is not a canonical.
MATCH (c:Person {uid: $uid})
WHERE c.mergedFrom IS NOT NULL
OPTIONAL MATCH (m:Entity)-[r:MERGED_INTO]->(c)
WITH c, m, r
ORDER BY m.uid
RETURN properties(c) AS canonical,
  [x IN collect({uid: m.uid, props: properties(m), by: r.by, at: r.at, reason: r.reason}) WHERE x.uid IS NOT NULL] AS members
