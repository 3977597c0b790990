// Params: none. Returns the audit head's last seq and hash, or no row for an empty log.
MATCH (h:AuditHead {id: 'audit'})
RETURN h.seq AS seq, h.hash AS hash
