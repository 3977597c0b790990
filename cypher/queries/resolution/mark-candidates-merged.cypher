// Params: $canonical (uid). Candidates between two persons now merged into $canonical become
// "merged" (the previous status kept in statusBeforeMerge for un-merge). Returns how many.
MATCH (a:Person {mergedInto: $canonical})-[k:POSSIBLY_SAME_AS]->(b:Person {mergedInto: $canonical})
SET k.statusBeforeMerge = k.status, k.status = 'merged', k.mergedAs = $canonical
RETURN count(k) AS marked
