// Params: $owner (string), $now (epoch ms), $leaseMs (ms). Returns the lock's owner after the
// attempt: equal to $owner when this process holds the migration lock. A lock whose lease ran out
// (its holder crashed) is taken over.
MERGE (l:MigrationLock {name: 'schema'})
ON CREATE SET l.owner = $owner, l.expiresAt = $now + $leaseMs
FOREACH (_ IN CASE WHEN l.expiresAt < $now OR l.owner = $owner THEN [1] ELSE [] END |
  SET l.owner = $owner, l.expiresAt = $now + $leaseMs)
RETURN l.owner AS owner
