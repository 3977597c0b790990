// Params: $userId. The header's count: alerts the user may read that are new to them. Returns: count.
MATCH (a:Alert)
WHERE (a.ownerId = $userId OR a.shared = true)
  AND NOT $userId IN a.seenBy AND NOT $userId IN a.dismissedBy AND NOT $userId IN a.investigatedBy
RETURN count(a) AS count
