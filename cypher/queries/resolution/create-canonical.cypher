// Params: $canonical {uid, key, props}, $members [uid], $by, $at (epoch ms), $reason.
// Creates the canonical (:Entity:Person) and links every member to it with
// (member)-[:MERGED_INTO {by, at, reason}]->(canonical), setting member.mergedInto. Does nothing
// unless every member exists and is not merged already. Returns uid and members (count), or no row.
MATCH (m:Person)
WHERE m.uid IN $members AND m.mergedInto IS NULL
WITH collect(m) AS ms
WHERE size(ms) = size($members)
CREATE (c:Entity:Person {uid: $canonical.uid, key: $canonical.key})
SET c += $canonical.props
WITH c, ms
UNWIND ms AS m
CREATE (m)-[:MERGED_INTO {by: $by, at: $at, reason: $reason, sources: ['resolution:' + $by], ingestedAt: $at, confidence: 1.0}]->(c)
SET m.mergedInto = c.uid
RETURN c.uid AS uid, count(m) AS members
