// Audit entries spooled on the service's disk before they reach Neo4j carry a unique id, so that
// shipping the same spooled entry twice (a crash between the commit and the spool's truncation)
// appends it once.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
