// Params: $seq, $users [string], $operations [string]. Tests only: rewrites the listing index of
// the audit batch holding entry $seq (its users and operations, which are not hashed), as an
// intruder hiding entries from filtered listings would, so the tests can show verify detects it.
// Returns how many batches were changed.
MATCH (b:AuditBatch)
WHERE b.firstSeq <= $seq <= b.lastSeq
SET b.users = $users, b.operations = $operations
RETURN count(b) AS changed
