// Params: $runId, $communities [{index, size, density, internalWeight, keyPlayers (uids)}].
// Creates the run's (:Community) nodes, each linked from its (:AnalysisRun) by FOUND. Returns nothing.
MATCH (r:AnalysisRun {id: $runId})
UNWIND $communities AS c
CREATE (r)-[:FOUND]->(k:Community {runId: $runId, index: c.index})
SET k.size = c.size, k.density = c.density, k.internalWeight = c.internalWeight, k.keyPlayers = c.keyPlayers
