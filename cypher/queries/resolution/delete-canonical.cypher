// Params: $canonical (uid). Un-merges: clears mergedInto on the persons merged into $canonical and
// deletes the canonical with everything attached to it (its MERGED_INTO links, its projected
// copies, its candidates). Returns members (their uids), or none when there is no such canonical.
MATCH (c:Person {uid: $canonical})
WHERE c.mergedFrom IS NOT NULL AND c.mergedInto IS NULL
OPTIONAL MATCH (m:Entity)-[:MERGED_INTO]->(c)
WITH c, collect(m) AS ms
FOREACH (m IN ms | REMOVE m.mergedInto)
DETACH DELETE c
RETURN [m IN ms | m.uid] AS members
