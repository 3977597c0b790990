// Params: none. Returns every audit batch in seq order: firstSeq, lastSeq, prevHash, hash, bodies,
// hashes, and its listing index (users, operations, firstAt, lastAt) for verify to check.
MATCH (b:AuditBatch)
WHERE b.firstSeq >= 0
RETURN b.firstSeq AS firstSeq, b.lastSeq AS lastSeq, b.prevHash AS prevHash, b.hash AS hash,
  b.bodies AS bodies, b.hashes AS hashes, b.users AS users, b.operations AS operations,
  b.firstAt AS firstAt, b.lastAt AS lastAt
ORDER BY b.firstSeq
