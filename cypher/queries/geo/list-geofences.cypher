// Params: $siteUid (or null for all), $skip, $limit. Geofences in site order. Returns: g
// (properties), siteName.
MATCH (g:Geofence)
WHERE $siteUid IS NULL OR g.siteUid = $siteUid
OPTIONAL MATCH (s:Site {uid: g.siteUid})
RETURN properties(g) AS g, s.name AS siteName
ORDER BY g.siteUid
SKIP $skip
LIMIT $limit
