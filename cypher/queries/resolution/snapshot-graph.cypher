// Params: none. Tests and diagnostics: every entity (uid, labels, props) as `nodes` and every
// relationship between entities (type, from uid, to uid, props) as `rels`, unordered.
MATCH (n:Entity)
WITH collect({uid: n.uid, labels: labels(n), props: properties(n)}) AS nodes
CALL {
  MATCH (a:Entity)-[r]->(b:Entity)
  RETURN collect({type: type(r), from: a.uid, to: b.uid, props: properties(r)}) AS rels
}
RETURN nodes, rels
