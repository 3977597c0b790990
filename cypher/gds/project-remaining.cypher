// Params: $graph (a projected GDS graph of the association network, node ids = node indices),
// $sub (name of the new graph), $removed (node indices to leave out), $community (community index
// per node index). GDS only: projects, inside the database, what is left of $graph once the people
// in $removed are gone; each tie is typed INTRA (both ends in the same community) or INTER, so WCC
// can run on all ties or on ties within communities. People left with no tie are not in the new
// graph. Returns nodeCount, relationshipCount, intraTies (ties left within communities).
CALL gds.graph.relationships.stream($graph) YIELD sourceNodeId, targetNodeId
WITH sourceNodeId AS s, targetNodeId AS t
WHERE s < t AND NOT s IN $removed AND NOT t IN $removed
WITH s, t, CASE WHEN $community[s] = $community[t] THEN 'INTRA' ELSE 'INTER' END AS type
WITH gds.graph.project($sub, s, t, {relationshipType: type}, {undirectedRelationshipTypes: ['*']}) AS g,
  sum(CASE type WHEN 'INTRA' THEN 1 ELSE 0 END) AS intraTies
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount, intraTies
