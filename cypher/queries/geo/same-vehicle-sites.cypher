// Params: $from, $to (epoch ms or null), $minSites, $maxRadiusM, $limit. Vehicles sighted inside
// the geofences of at least $minSites different sites (NEAR the site, or within the radius by the
// point index; polygons checked by the caller from the points returned). Returns: vehicle, plate,
// sites [{site, sighting, at, kind, polygon, lat, lon, near}].
MATCH (g:Geofence)
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
MATCH (s)-[:SIGHTED]->(v:Vehicle)
WITH v, collect({site: g.siteUid, sighting: s.uid, at: s.at, kind: g.kind, polygon: g.polygon, lat: s.lat, lon: s.lon, near: near}) AS seen
WHERE size(reduce(acc = [], x IN seen | CASE WHEN x.site IN acc THEN acc ELSE acc + x.site END)) >= $minSites
RETURN v.uid AS vehicle, coalesce(v.plate, v.key) AS plate, seen AS sites
ORDER BY size(seen) DESC, vehicle
LIMIT $limit
