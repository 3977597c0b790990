// The audit trail stores each shipped batch of entries as one (:AuditBatch) node (entries
// firstSeq..lastSeq: their canonical bodies, the exact text each hash covers, and their hashes),
// instead of one (:AuditEntry) node each: appending a read's entry cost Neo4j more than a node per
// entry should, and a random id indexed per entry grew without bound. Entries stored before as
// (:AuditEntry) nodes stay where they are and come first in the chain.
CREATE CONSTRAINT audit_batch_first_seq IF NOT EXISTS FOR (b:AuditBatch) REQUIRE b.firstSeq IS UNIQUE;
// How far each audit spool (one per service process start) has shipped: entries spooled with an
// id at or below `upTo` are in the log already (shipped again after a crash: appended once).
CREATE CONSTRAINT audit_spool_mark IF NOT EXISTS FOR (m:AuditSpoolMark) REQUIRE m.spool IS UNIQUE;
