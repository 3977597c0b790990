// Params: $now (epoch ms). Takes the write lock on the single audit head (creating it for an empty
// log) and returns its last seq and hash. Run first in the append transaction: the lock is held
// until that transaction ends, so concurrent appends (from any process) queue behind it.
MERGE (h:AuditHead {id: 'audit'})
ON CREATE SET h.seq = 0, h.hash = '0000000000000000000000000000000000000000000000000000000000000000'
SET h.lockedAt = $now
RETURN h.seq AS seq, h.hash AS hash
