// Params: $runId, $run (extra run properties: subject, algorithm, unusedEvidence (JSON text),
// connectivity (JSON text), consensusSeeds), $members [{uid, stability}] (may be empty),
// $communities [{index, stability}] (may be empty). Records what a communities run checked and, with
// consensus, each person's and each community's stability on MEMBER_OF and (:Community). Returns nothing.
MATCH (r:AnalysisRun {id: $runId})
SET r += $run
WITH r
CALL {
  WITH r
  UNWIND $members AS row
  MATCH (:Entity {uid: row.uid})-[m:MEMBER_OF {runId: $runId}]->(:Community)
  SET m.stability = row.stability
}
CALL {
  WITH r
  UNWIND $communities AS row
  MATCH (k:Community {runId: $runId, index: row.index})
  SET k.stability = row.stability
}
RETURN count(*) AS done
