// Analysis jobs and their results: one (:Job) per job, one (:AnalysisRun) per run of an analysis,
// (:Community) nodes per run (kept, so runs stay comparable), found by run and index.
CREATE CONSTRAINT job_id IF NOT EXISTS FOR (j:Job) REQUIRE j.id IS UNIQUE;
CREATE INDEX job_status IF NOT EXISTS FOR (j:Job) ON (j.status);
CREATE INDEX job_created IF NOT EXISTS FOR (j:Job) ON (j.createdAt);
CREATE CONSTRAINT analysis_run_id IF NOT EXISTS FOR (r:AnalysisRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX community_run IF NOT EXISTS FOR (c:Community) ON (c.runId, c.index);
