// Params: $minConfidence. Subject PHONE: the person-level evidence a phone network cannot use, per
// kind: kind (associate, affiliation, case, sale, vehicle), records (relationships of that kind).
CALL {
  MATCH (:Person)-[r:ASSOCIATE_OF]->(:Person) WHERE coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN 'associate' AS kind, count(r) AS records
  UNION ALL
  MATCH (:Person)-[r:MEMBER_OF]->(:Group) WHERE coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN 'affiliation' AS kind, count(r) AS records
  UNION ALL
  MATCH (:Person)-[r:PARTY_TO]->(:Case) WHERE coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN 'case' AS kind, count(r) AS records
  UNION ALL
  MATCH (:Person)-[r:SOLD|BOUGHT]->(:Sale) WHERE coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN 'sale' AS kind, count(r) AS records
  UNION ALL
  MATCH (:Person)-[r:OWNS|DRIVES]->(:Vehicle) WHERE coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN 'vehicle' AS kind, count(r) AS records
}
RETURN kind, records
