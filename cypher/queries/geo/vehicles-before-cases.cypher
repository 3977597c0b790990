// Params: $caseUid (or null: every case), $windowMs, $maxRadiusM, $limit. Vehicles sighted in the
// geofence of a case's site in the $windowMs before the case's date. Returns: case, caseAt, site,
// sighting, at, vehicle, plate, kind, polygon, lat, lon, sources, near.
MATCH (c:Case)-[:AT]->(site:Site)
WHERE ($caseUid IS NULL OR c.uid = $caseUid) AND c.at IS NOT NULL
MATCH (g:Geofence {siteUid: site.uid})
CALL (g, site, c) {
  MATCH (site)<-[:NEAR]-(s:Sighting)
  WHERE s.at < c.at AND s.at >= c.at - $windowMs
  RETURN s, true AS near
  UNION
  WITH g, c
  MATCH (s:Sighting)
  WHERE point.distance(s.geoPoint, g.center) <= $maxRadiusM AND point.distance(s.geoPoint, g.center) <= g.radiusM
    AND s.at < c.at AND s.at >= c.at - $windowMs
  RETURN s, false AS near
}
WITH c, site, g, s, max(CASE WHEN near THEN 1 ELSE 0 END) = 1 AS near
MATCH (s)-[:SIGHTED]->(v:Vehicle)
RETURN c.uid AS case, c.at AS caseAt, site.uid AS site, s.uid AS sighting, s.at AS at, v.uid AS vehicle,
  coalesce(v.plate, v.key) AS plate, g.kind AS kind, g.polygon AS polygon, s.lat AS lat, s.lon AS lon,
  s.sources AS sources, near
ORDER BY caseAt DESC, case, at
LIMIT $limit
