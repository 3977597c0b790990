// The hash-chained audit trail: one (:AuditEntry) per audited operation, numbered by `seq`, and a
// single (:AuditHead) that holds the last seq and hash (locked by every append).
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.seq IS UNIQUE;
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_user IF NOT EXISTS FOR (e:AuditEntry) ON (e.userId);
CREATE INDEX audit_entry_username IF NOT EXISTS FOR (e:AuditEntry) ON (e.username);
CREATE INDEX audit_entry_operation IF NOT EXISTS FOR (e:AuditEntry) ON (e.operation);
