// Params: $canonical (uid). Deletes the projected copies (relationships with mergeCopyOf)
// attached to the persons merged into $canonical: they are replaced by copies on the canonical.
// Returns how many were deleted.
MATCH (m:Entity {mergedInto: $canonical})-[r]-()
WHERE r.mergeCopyOf IS NOT NULL
WITH DISTINCT r
DELETE r
RETURN count(*) AS deleted
