// Params: $rows [{siteUid, radiusM, level, timeZone}], $now (epoch ms). The automatic geofence of
// each site with coordinates: a circle round the site of the radius of its protection level. A
// geofence set by hand (manual = true) keeps its shape; its centre follows the site. Returns nothing.
UNWIND $rows AS row
MATCH (s:Site {uid: row.siteUid})
WHERE s.geoPoint IS NOT NULL
MERGE (g:Geofence {siteUid: row.siteUid})
ON CREATE SET g.manual = false, g.kind = 'circle', g.createdAt = $now
SET g.center = CASE WHEN g.manual AND g.kind = 'polygon' THEN g.center ELSE s.geoPoint END,
  g.level = row.level,
  g.timeZone = row.timeZone,
  g.radiusM = CASE WHEN g.manual THEN g.radiusM ELSE row.radiusM END,
  g.updatedAt = $now
