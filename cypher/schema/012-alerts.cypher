// Geofences, watchlists, alert rules and alerts (server/features/geo, server/features/alerts;
// docs/alerts.md). One geofence per site (its siteUid), found by its centre through a point index;
// sightings and sites get `geoPoint` (point of their lat/lon) at ingest, and once here for those
// loaded before this migration. An alert's identity (rule + triggering records) is unique, so the
// same records never raise the same rule's alert twice.
CREATE CONSTRAINT geofence_site IF NOT EXISTS FOR (g:Geofence) REQUIRE g.siteUid IS UNIQUE;
CREATE POINT INDEX geofence_center IF NOT EXISTS FOR (g:Geofence) ON (g.center);
CREATE POINT INDEX sighting_geo IF NOT EXISTS FOR (n:Sighting) ON (n.geoPoint);
CREATE POINT INDEX site_geo IF NOT EXISTS FOR (n:Site) ON (n.geoPoint);
CREATE INDEX relic_description IF NOT EXISTS FOR (n:Relic) ON (n.description);
CREATE CONSTRAINT alert_rule_id IF NOT EXISTS FOR (r:AlertRule) REQUIRE r.id IS UNIQUE;
CREATE INDEX alert_rule_enabled IF NOT EXISTS FOR (r:AlertRule) ON (r.enabled);
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT watch_owner_entity IF NOT EXISTS FOR (w:Watch) REQUIRE (w.ownerId, w.entityId) IS UNIQUE;
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (a:Alert) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alert_identity IF NOT EXISTS FOR (a:Alert) REQUIRE a.identity IS UNIQUE;
CREATE INDEX alert_owner IF NOT EXISTS FOR (a:Alert) ON (a.ownerId);
CREATE INDEX alert_shared IF NOT EXISTS FOR (a:Alert) ON (a.shared);
MATCH (n:Sighting|Site)
WHERE n.lat IS NOT NULL AND n.lon IS NOT NULL AND n.geoPoint IS NULL
SET n.geoPoint = point({latitude: n.lat, longitude: n.lon});
