// Params: $runId, $indices (community indices of the run). Returns one row per community about
// the cases (any party role, as the run's community summary counts them), sales, sites and relics
// of its members: community (index), caseKinds [{kind, count}], caseTimes, saleTimes (epoch ms),
// salesValue (sum of prices), sites (the 5 with most cases: [{name, kind, place, cases}]), relics
// (the 5 of highest estimated value: [{description, period, value, currency}]), relicValue (sum
// of estimated values).
MATCH (k:Community {runId: $runId})
WHERE k.index IN $indices
CALL {
  WITH k
  MATCH (k)<-[:MEMBER_OF]-(p:Person)
  OPTIONAL MATCH (p)-[:PARTY_TO]->(c:Case)
  WITH collect(DISTINCT p) AS people, collect(DISTINCT c) AS cases
  CALL {
    WITH people
    UNWIND people AS p
    MATCH (p)-[:SOLD|BOUGHT]->(s:Sale)
    RETURN collect(DISTINCT s) AS sales
  }
  CALL {
    WITH cases, sales
    UNWIND cases + sales AS e
    MATCH (e)-[:CONCERNS|OF]->(r:Relic)
    RETURN collect(DISTINCT r) AS relics
  }
  CALL {
    WITH cases
    UNWIND cases AS c
    MATCH (c)-[:AT]->(s:Site)
    WITH s, count(DISTINCT c) AS n
    ORDER BY n DESC, s.uid
    LIMIT 5
    RETURN collect({name: s.name, kind: s.kind, place: s.place, cases: n}) AS sites
  }
  CALL {
    WITH cases
    UNWIND cases AS c
    WITH coalesce(c.kind, 'other') AS kind, count(*) AS n
    ORDER BY n DESC, kind
    RETURN collect({kind: kind, count: n}) AS caseKinds
  }
  CALL {
    WITH relics
    UNWIND relics AS r
    WITH r
    ORDER BY coalesce(r.estimatedValue, 0) DESC, r.uid
    LIMIT 5
    RETURN collect({description: r.description, period: r.period, value: r.estimatedValue,
      currency: r.currency}) AS topRelics
  }
  RETURN caseKinds,
    [c IN cases WHERE c.at IS NOT NULL | c.at] AS caseTimes,
    [s IN sales WHERE s.at IS NOT NULL | s.at] AS saleTimes,
    reduce(t = 0.0, s IN sales | t + coalesce(toFloat(s.price), 0.0)) AS salesValue,
    sites, topRelics,
    reduce(t = 0.0, r IN relics | t + coalesce(toFloat(r.estimatedValue), 0.0)) AS relicValue
}
RETURN k.index AS community, caseKinds, caseTimes, saleTimes, salesValue, sites,
  topRelics AS relics, relicValue
