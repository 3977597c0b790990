// Params: $skip, $limit. Sites with coordinates, in uid order (to build their geofences in pages).
// Returns: uid, level, timeZone.
MATCH (s:Site)
WHERE s.geoPoint IS NOT NULL
RETURN s.uid AS uid, s.protectionLevel AS level, s.timeZone AS timeZone
ORDER BY uid
SKIP $skip
LIMIT $limit
