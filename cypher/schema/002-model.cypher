// The investigation data model (server/features/model/model.ts): one uid across all entities,
// a natural key per type, time indexes for events, and the full-text search index.
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT phone_key IF NOT EXISTS FOR (n:Phone) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT vehicle_key IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT relic_key IF NOT EXISTS FOR (n:Relic) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT site_key IF NOT EXISTS FOR (n:Site) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT case_key IF NOT EXISTS FOR (n:Case) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sale_key IF NOT EXISTS FOR (n:Sale) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT call_key IF NOT EXISTS FOR (n:Call) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT sighting_key IF NOT EXISTS FOR (n:Sighting) REQUIRE n.key IS UNIQUE;
CREATE INDEX call_at IF NOT EXISTS FOR (n:Call) ON (n.at);
CREATE INDEX sale_at IF NOT EXISTS FOR (n:Sale) ON (n.at);
CREATE INDEX case_at IF NOT EXISTS FOR (n:Case) ON (n.at);
CREATE INDEX sighting_at IF NOT EXISTS FOR (n:Sighting) ON (n.at);
CREATE INDEX vehicle_vin IF NOT EXISTS FOR (n:Vehicle) ON (n.vin);
CREATE INDEX phone_imei IF NOT EXISTS FOR (n:Phone) ON (n.imei);
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Phone|Vehicle|Relic|Site|Case)
ON EACH [n.name, n.searchText];
