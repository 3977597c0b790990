// Params: $seq. Tests only: removes one audit entry, as an intruder with database access would
// (from its batch, or its node for entries stored one node each), so the tests can show the hash
// chain detects it. Returns how many entries were removed.
CALL {
  MATCH (e:AuditEntry {seq: $seq})
  DELETE e
  RETURN count(*) AS deleted
  UNION ALL
  MATCH (b:AuditBatch)
  WHERE b.firstSeq <= $seq <= b.lastSeq
  WITH b, '"seq":' + toString($seq) + ',' AS mark
  WITH b, [i IN range(0, size(b.bodies) - 1) WHERE b.bodies[i] CONTAINS mark][0] AS i
  WHERE i IS NOT NULL
  SET b.bodies = b.bodies[0..i] + b.bodies[i + 1..], b.hashes = b.hashes[0..i] + b.hashes[i + 1..]
  RETURN count(*) AS deleted
}
RETURN sum(deleted) AS deleted
