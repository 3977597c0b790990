// Params: $siteUid. Drops a site's geofence set by hand (the next geofence refresh or ingest of
// the site builds the automatic one again). Returns: removed (count).
MATCH (g:Geofence {siteUid: $siteUid})
WHERE g.manual = true
DETACH DELETE g
RETURN count(*) AS removed
