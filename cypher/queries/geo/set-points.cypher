// Params: $uids [uid of a Sighting or Site of this ingest batch]. Sets geoPoint (WGS-84 point of
// lat/lon) where the record has both, removes it where it no longer has them. Returns nothing.
UNWIND $uids AS uid
MATCH (n:Entity {uid: uid})
SET n.geoPoint = CASE WHEN n.lat IS NULL OR n.lon IS NULL THEN null ELSE point({latitude: n.lat, longitude: n.lon}) END
