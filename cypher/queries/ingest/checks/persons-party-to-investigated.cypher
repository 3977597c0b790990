// Params: $crimeType, $status, $badge (an Officer's badge_no, as imported from POLE).
// Returns {uid, name}: persons party to cases of that type and status investigated by that officer
// (the first investigation of pole.adoc).
MATCH (c:Case {crimeType: $crimeType, status: $status})-[:INVESTIGATED_BY]->(:Officer {badge_no: $badge})
MATCH (c)<-[:PARTY_TO]-(p:Person)
RETURN DISTINCT p.uid AS uid, p.name AS name
ORDER BY name
