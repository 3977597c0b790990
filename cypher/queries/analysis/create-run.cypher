// Params: $run {id, jobId, kind, engine, params (JSON text), createdAt, nodeCount, edgeCount,
// communityCount, modularity, resolution, seed, evidence (JSON text), betweennessError}.
// Creates the (:AnalysisRun) of one analysis. Returns id.
CREATE (r:AnalysisRun)
SET r = $run
RETURN r.id AS id
