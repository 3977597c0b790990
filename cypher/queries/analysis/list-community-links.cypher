// Params: $runId, $indices (community indices), $minWeight, $limit. Returns the LINKED_TO links
// of the run between the given communities with weight >= $minWeight, heaviest first (at most
// $limit): source, target (community indices), weight, links; and total: how many qualified.
MATCH (a:Community {runId: $runId})-[t:LINKED_TO {runId: $runId}]->(b:Community {runId: $runId})
WHERE a.index IN $indices AND b.index IN $indices AND t.weight >= $minWeight
WITH a, b, t
ORDER BY t.weight DESC, a.index, b.index
WITH collect({source: a.index, target: b.index, weight: t.weight, links: t.links}) AS found
UNWIND found[0..$limit] AS l
RETURN l.source AS source, l.target AS target, l.weight AS weight, l.links AS links, size(found) AS total
