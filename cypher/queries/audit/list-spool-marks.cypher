// Params: none. Returns spool, upTo, seq of every audit spool mark: how far each spool has shipped
// (its own numbering) and the log's last seq after its latest shipment (null on marks written
// before it was recorded). Read by verify: a mark past the end of the log means entries removed.
MATCH (m:AuditSpoolMark)
RETURN m.spool AS spool, m.upTo AS upTo, m.seq AS seq
