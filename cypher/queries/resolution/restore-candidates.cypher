// Params: $canonical (uid being un-merged). Puts back the status candidates had before the merge
// into $canonical. Returns how many.
MATCH (:Person)-[k:POSSIBLY_SAME_AS {mergedAs: $canonical}]->(:Person)
SET k.status = k.statusBeforeMerge
REMOVE k.statusBeforeMerge, k.mergedAs
RETURN count(k) AS restored
