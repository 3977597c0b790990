// Params: none. The largest geofence radius (metres), 0 without geofences. Returns: maxRadiusM.
MATCH (g:Geofence)
RETURN coalesce(max(g.radiusM), 0) AS maxRadiusM
