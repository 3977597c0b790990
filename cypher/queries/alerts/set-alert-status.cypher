// Params: $id, $userId, $status ('new' | 'seen' | 'dismissed' | 'investigation'),
// $investigations (JSON text of the alert's user → investigation map), $now. Sets the user's
// status of an alert. Returns: alert.
MATCH (a:Alert {id: $id})
SET a.seenBy = [u IN a.seenBy WHERE u <> $userId] + CASE WHEN $status = 'seen' THEN [$userId] ELSE [] END,
  a.dismissedBy = [u IN a.dismissedBy WHERE u <> $userId] + CASE WHEN $status = 'dismissed' THEN [$userId] ELSE [] END,
  a.investigatedBy = [u IN a.investigatedBy WHERE u <> $userId] + CASE WHEN $status = 'investigation' THEN [$userId] ELSE [] END,
  a.investigations = $investigations,
  a.updatedAt = $now
RETURN properties(a) AS alert
