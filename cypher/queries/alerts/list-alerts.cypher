// Params: $userId, $status ('new' | 'seen' | 'dismissed' | 'investigation' or null: all but
// dismissed), $skip, $limit. The alerts the user may read (their rules' and shared rules'), newest
// first, with the user's own status. Returns: alert, status.
MATCH (a:Alert)
WHERE a.ownerId = $userId OR a.shared = true
WITH a, CASE
  WHEN $userId IN a.investigatedBy THEN 'investigation'
  WHEN $userId IN a.dismissedBy THEN 'dismissed'
  WHEN $userId IN a.seenBy THEN 'seen'
  ELSE 'new' END AS status
WHERE ($status IS NULL AND status <> 'dismissed') OR status = $status
RETURN properties(a) AS alert, status
ORDER BY a.raisedAt DESC, a.id
SKIP $skip
LIMIT $limit
