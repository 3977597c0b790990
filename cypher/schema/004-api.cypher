// The investigation API's own records: notes on entities and saved investigations.
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE INDEX note_entity IF NOT EXISTS FOR (n:Note) ON (n.entityId);
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE;
CREATE INDEX investigation_owner IF NOT EXISTS FOR (i:Investigation) ON (i.ownerId);
