// Params: $uids [site uid]. The sites of this batch that have coordinates. Returns: uid, level, timeZone.
UNWIND $uids AS uid
MATCH (s:Site {uid: uid})
WHERE s.geoPoint IS NOT NULL
RETURN s.uid AS uid, s.protectionLevel AS level, s.timeZone AS timeZone
