// Params: $from, $to (epoch ms window), $minConfidence. Streams one row per pair of people who are
// members of the same (:Group) (an organisation, meeting or event) with membership overlapping the
// window: a, b (Person uids, a < b), group (uid), size (the group's members in the window, n >= 2).
// The projection gives each such pair 1/(n-1) per shared group (docs/analysis.md).
MATCH (g:Group)<-[m:MEMBER_OF]-(p:Person)
WHERE p.mergedInto IS NULL AND coalesce(m.confidence, 1.0) >= $minConfidence
  AND coalesce(m.from, $from) < $to AND coalesce(m.to, $to) >= $from
WITH g, collect(DISTINCT p.uid) AS members
WHERE size(members) >= 2
UNWIND members AS a
UNWIND members AS b
WITH g, a, b, size(members) AS size
WHERE a < b
RETURN a, b, g.uid AS group, size
