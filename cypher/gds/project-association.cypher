// Params: $graph (GDS graph name). GDS only (not run by the API; the benchmark's reference): projects
// the same person-to-person association network as server/features/analysis/projection.ts with its
// default weights, through a Cypher aggregation, as an undirected weighted GDS graph.
// Returns nodeCount, relationshipCount.
CALL {
  MATCH (a:Person)-[:USES]->(:Phone)<-[:USES]-(b:Person)
  WHERE a.uid < b.uid AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  RETURN a, b, 3.0 AS w
  UNION ALL
  MATCH (a:Person)-[:USES]->(:Phone)-[c:CALLS]->(:Phone)<-[:USES]-(b:Person)
  WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  RETURN a, b, log(1.0 + coalesce(c.count, 1)) / log(2.0) AS w
  UNION ALL
  MATCH (a:Person)-[r1:PARTY_TO]->(:Case)<-[r2:PARTY_TO]-(b:Person)
  WHERE a.uid < b.uid AND a.mergedInto IS NULL AND b.mergedInto IS NULL
    AND r1.role IN ['suspect', 'arrested', 'charged', 'convicted'] AND r2.role IN ['suspect', 'arrested', 'charged', 'convicted']
  RETURN a, b, 4.0 AS w
  UNION ALL
  MATCH (a:Person)-[:OWNS|DRIVES]->(:Vehicle)<-[:OWNS|DRIVES]-(b:Person)
  WHERE a.uid < b.uid AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  RETURN a, b, 2.0 AS w
  UNION ALL
  MATCH (s1:Sighting)-[:NEAR]->(:Site)<-[:NEAR]-(s2:Sighting)
  WHERE s2.at >= s1.at AND s2.at <= s1.at + 1800000 AND s2 <> s1
  MATCH (s1)-[:SIGHTED]->(v1:Vehicle), (s2)-[:SIGHTED]->(v2:Vehicle)
  WHERE v1 <> v2
  MATCH (a:Person)-[:OWNS|DRIVES]->(v1), (b:Person)-[:OWNS|DRIVES]->(v2)
  WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  RETURN a, b, 0.5 AS w
  UNION ALL
  MATCH (a:Person)-[:SOLD]->(:Sale)<-[:BOUGHT]-(b:Person)
  WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  RETURN a, b, 2.0 AS w
  UNION ALL
  MATCH (a:Person)-[r:ASSOCIATE_OF]->(b:Person)
  WHERE a <> b AND a.mergedInto IS NULL AND b.mergedInto IS NULL
  RETURN a, b, CASE r.kind WHEN 'family' THEN 1.5 ELSE 1.0 END AS w
}
WITH CASE WHEN a.uid < b.uid THEN a ELSE b END AS x, CASE WHEN a.uid < b.uid THEN b ELSE a END AS y, w
WITH x, y, sum(w) AS weight
WITH gds.graph.project($graph, x, y, {relationshipProperties: {weight: weight}}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
