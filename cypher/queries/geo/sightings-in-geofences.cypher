// Params: $siteUid (or null: every geofence), $from, $to (epoch ms or null), $maxRadiusM,
// $defaultTimeZone, $limit. Sightings inside geofences (recorded NEAR the site, or within the
// geofence's radius by the point index) with their local time in the geofence's time zone; the
// caller keeps night hours and checks polygons. Returns: sighting, at, vehicle, plate, site, kind,
// polygon, lat, lon, localHour, localTime, sources, near, owners (persons OWNS/DRIVES the vehicle),
// phones (their phones).
MATCH (g:Geofence)
WHERE $siteUid IS NULL OR g.siteUid = $siteUid
CALL (g) {
  MATCH (site:Site {uid: g.siteUid})<-[:NEAR]-(s:Sighting)
  RETURN s, true AS near
  UNION
  WITH g
  MATCH (s:Sighting)
  WHERE point.distance(s.geoPoint, g.center) <= $maxRadiusM AND point.distance(s.geoPoint, g.center) <= g.radiusM
  RETURN s, false AS near
}
WITH g, s, max(CASE WHEN near THEN 1 ELSE 0 END) = 1 AS near
WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at <= $to)
OPTIONAL MATCH (s)-[:SIGHTED]->(v:Vehicle)
WITH g, s, v, near, datetime({epochMillis: s.at, timezone: coalesce(g.timeZone, $defaultTimeZone)}) AS local
CALL (v) {
  OPTIONAL MATCH (p:Person)-[:OWNS|DRIVES]->(v)
  OPTIONAL MATCH (p)-[:USES]->(ph:Phone)
  RETURN collect(DISTINCT p.uid) AS owners, collect(DISTINCT ph.uid) AS phones
}
RETURN s.uid AS sighting, s.at AS at, v.uid AS vehicle, coalesce(v.plate, v.key) AS plate, g.siteUid AS site,
  g.kind AS kind, g.polygon AS polygon, s.lat AS lat, s.lon AS lon, local.hour AS localHour,
  toString(local) AS localTime, s.sources AS sources, owners, phones, near
ORDER BY s.at, s.uid
LIMIT $limit
