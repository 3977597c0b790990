// Params: none. Streams every person the analyses consider (not merged into another record), so that
// people without ties stay in a run as communities of their own: uid.
MATCH (p:Person)
WHERE p.mergedInto IS NULL
RETURN p.uid AS uid
