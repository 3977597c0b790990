// Params: $siteUid, $kind ('circle' | 'polygon'), $center {latitude, longitude} or null (the
// site's own point), $radiusM, $polygon [lat, lon, lat, lon, …] or null, $timeZone or null, $now.
// Sets a site's geofence by hand. Returns: g (properties) and site (its name), or no row without the site.
MATCH (s:Site {uid: $siteUid})
WITH s, CASE WHEN $center IS NULL THEN s.geoPoint ELSE point($center) END AS center
WHERE center IS NOT NULL
MERGE (g:Geofence {siteUid: $siteUid})
ON CREATE SET g.createdAt = $now, g.level = s.protectionLevel
SET g.manual = true, g.kind = $kind, g.center = center, g.radiusM = $radiusM, g.polygon = $polygon,
  g.timeZone = coalesce($timeZone, g.timeZone, s.timeZone), g.updatedAt = $now
RETURN properties(g) AS g, s.name AS siteName
