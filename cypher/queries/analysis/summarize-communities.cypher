// Params: $runId. Computes each community's cases, sites and relics (through its members' cases
// and sales) and its active time span, and stores them on the (:Community). Run in auto-commit
// (one transaction per 20 communities). Returns nothing.
MATCH (k:Community {runId: $runId})
CALL {
  WITH k
  MATCH (k)<-[:MEMBER_OF]-(p:Person)
  OPTIONAL MATCH (p)-[:PARTY_TO]->(c:Case)
  WITH k, collect(DISTINCT p) AS people, collect(DISTINCT c) AS cases
  CALL {
    WITH people
    UNWIND people AS p
    MATCH (p)-[:SOLD|BOUGHT]->(s:Sale)
    RETURN collect(DISTINCT s) AS sales
  }
  CALL {
    WITH cases, sales
    UNWIND cases + sales AS e
    OPTIONAL MATCH (e)-[:CONCERNS|OF]->(r:Relic)
    RETURN collect(DISTINCT r) AS relics
  }
  CALL {
    WITH cases, relics
    UNWIND cases + relics AS e
    OPTIONAL MATCH (e)-[:AT|TAKEN_FROM]->(s:Site)
    RETURN collect(DISTINCT s) AS sites
  }
  WITH k, cases, sales, relics, sites,
    [t IN [c IN cases | c.at] + [s IN sales | s.at] WHERE t IS NOT NULL] AS times
  SET k.cases = size(cases), k.sales = size(sales), k.relics = size(relics), k.sites = size(sites),
    k.caseIds = [c IN cases | c.uid][..50], k.siteIds = [s IN sites | s.uid][..50],
    k.relicIds = [r IN relics | r.uid][..50],
    k.firstAt = reduce(m = null, t IN times | CASE WHEN m IS NULL OR t < m THEN t ELSE m END),
    k.lastAt = reduce(m = null, t IN times | CASE WHEN m IS NULL OR t > m THEN t ELSE m END)
} IN TRANSACTIONS OF 20 ROWS
