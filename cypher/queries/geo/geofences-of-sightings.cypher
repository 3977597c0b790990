// Params: $uids [sighting uid], $maxRadiusM (the largest geofence radius), $defaultTimeZone. The geofences each
// sighting is in or near: the site it was recorded NEAR, and every geofence whose centre lies
// within its radius (point index on Geofence.center, bounded by $maxRadiusM; a polygon's radius
// encloses it, so the caller checks the polygon itself). Local hour in the geofence's time zone.
// Returns: sighting, at, vehicle, site, kind, polygon, lat, lon, localHour, localTime, near.
UNWIND $uids AS uid
MATCH (s:Sighting {uid: uid})
CALL (s) {
  MATCH (s)-[:NEAR]->(site:Site)
  MATCH (g:Geofence {siteUid: site.uid})
  RETURN g, true AS near
  UNION
  WITH s
  WHERE s.geoPoint IS NOT NULL
  MATCH (g:Geofence)
  WHERE point.distance(g.center, s.geoPoint) <= $maxRadiusM AND point.distance(g.center, s.geoPoint) <= g.radiusM
  RETURN g, false AS near
}
WITH s, g, max(CASE WHEN near THEN 1 ELSE 0 END) = 1 AS near
OPTIONAL MATCH (s)-[:SIGHTED]->(v:Vehicle)
WITH s, g, near, collect(v.uid)[0] AS vehicle,
  CASE WHEN s.at IS NULL THEN null ELSE datetime({epochMillis: s.at, timezone: coalesce(g.timeZone, $defaultTimeZone)}) END AS local
RETURN s.uid AS sighting, s.at AS at, vehicle, g.siteUid AS site, g.kind AS kind, g.polygon AS polygon,
  s.lat AS lat, s.lon AS lon, local.hour AS localHour, toString(local) AS localTime, near
