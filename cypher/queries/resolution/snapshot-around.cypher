// Params: $uids. Tests and diagnostics: the entities $uids and their direct neighbours (uid, labels,
// props) as `nodes`, and every relationship touching any of them (type, from uid, to uid, props)
// as `rels`, unordered.
MATCH (x:Entity)
WHERE x.uid IN $uids
OPTIONAL MATCH (x)--(y:Entity)
WITH collect(DISTINCT x) + collect(DISTINCT y) AS ns
UNWIND ns AS n
WITH DISTINCT n
WITH collect(n) AS ns
CALL {
  WITH ns
  UNWIND ns AS n
  MATCH (n)-[r]-()
  WITH DISTINCT r
  RETURN collect({type: type(r), from: startNode(r).uid, to: endNode(r).uid, props: properties(r)}) AS rels
}
RETURN [n IN ns | {uid: n.uid, labels: labels(n), props: properties(n)}] AS nodes, rels
