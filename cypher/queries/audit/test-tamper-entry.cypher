// Params: $seq, $count. Tests only: alters one audit entry's count in place, as an intruder with
// database access would, so the tests can show the hash chain detects it. Returns the entry's seq.
MATCH (e:AuditEntry {seq: $seq})
SET e.count = $count
RETURN e.seq AS seq
