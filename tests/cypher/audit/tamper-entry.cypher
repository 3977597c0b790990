// Params: $seq, $count. Tests only: alters one audit entry's count in place, as an intruder with
// database access would (in its batch's stored body, or on its node for entries stored one node
// each), so the tests can show the hash chain detects it. Returns how many entries were altered.
CALL {
  MATCH (e:AuditEntry {seq: $seq})
  SET e.count = $count
  RETURN count(*) AS altered
  UNION ALL
  MATCH (b:AuditBatch)
  WHERE b.firstSeq <= $seq <= b.lastSeq
  WITH b, '"seq":' + toString($seq) + ',' AS mark
  WITH b, [i IN range(0, size(b.bodies) - 1) WHERE b.bodies[i] CONTAINS mark][0] AS i
  WHERE i IS NOT NULL
  SET b.bodies = b.bodies[0..i] + [replace(b.bodies[i], '"count":', '"count":' + toString($count))] + b.bodies[i + 1..]
  RETURN count(*) AS altered
}
RETURN sum(altered) AS altered
