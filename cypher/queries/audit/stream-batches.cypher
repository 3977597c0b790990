// Params: none. Returns every audit batch in seq order: firstSeq, lastSeq, prevHash, hash, bodies,
// hashes.
MATCH (b:AuditBatch)
WHERE b.firstSeq >= 0
RETURN b.firstSeq AS firstSeq, b.lastSeq AS lastSeq, b.prevHash AS prevHash, b.hash AS hash,
  b.bodies AS bodies, b.hashes AS hashes
ORDER BY b.firstSeq
