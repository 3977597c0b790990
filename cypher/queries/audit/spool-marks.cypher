// Params: $spools [string] audit spool ids. Returns spool, upTo: how far each has shipped (spools
// that never shipped have no row). Read under the audit head's lock.
MATCH (m:AuditSpoolMark)
WHERE m.spool IN $spools
RETURN m.spool AS spool, m.upTo AS upTo
