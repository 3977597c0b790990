// Params: $runId, $links [{source, target, weight, links}] (community indices, source < target).
// Links the run's communities: (:Community)-[:LINKED_TO {runId, weight, links}]->(:Community), weight
// = total projected edge weight between their members, links = number of person-person edges.
// Returns nothing.
UNWIND $links AS l
MATCH (a:Community {runId: $runId, index: l.source})
MATCH (b:Community {runId: $runId, index: l.target})
CREATE (a)-[t:LINKED_TO]->(b)
SET t.runId = $runId, t.weight = l.weight, t.links = l.links
