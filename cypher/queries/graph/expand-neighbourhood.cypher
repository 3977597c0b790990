// Params: $cap (most nodes in each answer; one value for the whole batch, as LIMIT needs a
// parameter), $batch [{key, ids, hops, relTypes, nodeTypes, excludeTypes, from, to, minConfidence,
// includeMerged, keys}]: one map per neighbourhood asked for, where key tells the answers apart,
// ids are API ids, hops 1..3, relTypes and nodeTypes [string] or null, excludeTypes [string], from
// and to epoch ms or null, keys [string] or null (when given, the properties to return: a drawing
// needs only its labels, weights and times; null returns every property).
// Several neighbourhoods in one statement (server/db/batched-read.ts merges concurrent requests;
// one request alone is a batch of one), each whole in one pass: the starting entities, then up to
// three hops, each expanding from the nodes the previous hop added. Per hop, every neighbour that
// passes the filters, with the relationships that reach it: nodes already in the answer first (so
// their links are kept), then the best-connected new ones, at most $cap + 1 rows so an overflow
// shows. A hop runs only when asked for and when the hop before it did not overflow the cap.
// Returns a row per neighbourhood with at least one starting entity found (none: no row): key,
// found [string] ids that exist, seeds [[element id, labels, k1, v1, k2, v2 ...]], hop1, hop2,
// hop3 {e: [element id], known: [bool], b: [node], rs: [[relationship]]} (parallel lists, one
// entry per neighbour of the hop; empty for hops not run), where a node is [labels, k1, v1, ...]
// ([] when known, as collect drops nulls) and a relationship [element id, type, start element
// id, end element id, k1, v1, ...]. Columns and flat lists rather than a map per neighbour or the driver's node and
// relationship structures: the driver decodes each map entry and each structure field on its own,
// so the fewer maps and structures an answer holds, the less it costs to read.
UNWIND $batch AS q
CALL {
  WITH q
  UNWIND q.ids AS id
  CALL {
    WITH id, q
    MATCH (n:Entity {uid: id})
    RETURN n
    UNION
    WITH id, q
    MATCH (n)
    WHERE elementId(n) = id AND n.uid IS NULL AND n.sources IS NOT NULL
    RETURN n
  }
  WITH q, collect(id) AS found, collect(DISTINCT n) AS seeds
  CALL {
    WITH q, seeds
    UNWIND seeds AS a
    MATCH (a)-[r]-(b)
    WHERE b.sources IS NOT NULL
      AND (q.relTypes IS NULL OR type(r) IN q.relTypes)
      AND coalesce(r.confidence, 1.0) >= q.minConfidence
      AND coalesce(b.confidence, 1.0) >= q.minConfidence
      AND (q.includeMerged OR b.mergedInto IS NULL)
      AND (q.nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN q.nodeTypes))
      AND NOT any(l IN labels(b) WHERE l IN q.excludeTypes)
      AND (q.from IS NULL OR coalesce(r.lastAt, r.to, r.at, b.at, q.from) >= q.from)
      AND (q.to IS NULL OR coalesce(r.firstAt, r.from, r.at, b.at, q.to) <= q.to)
    WITH q, b, collect(DISTINCT r) AS rs, b IN seeds AS known
    ORDER BY known DESC, size(rs) DESC, coalesce(b.uid, elementId(b))
    LIMIT $cap + 1
    RETURN collect(b) AS nodes1, {
      e: collect(elementId(b)), known: collect(known),
      b: collect(CASE WHEN known THEN [] ELSE [labels(b)] + reduce(acc = [], k IN keys(b) |
        CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, b[k]] ELSE acc END) END),
      rs: collect([r IN rs | [elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r))] +
        reduce(acc = [], k IN keys(r) | CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, r[k]] ELSE acc END)])
    } AS hop1
  }
  WITH q, found, seeds, hop1, [i IN range(0, size(nodes1) - 1) WHERE NOT hop1.known[i] | nodes1[i]] AS added1
  WITH q, found, seeds, hop1, added1[0..$cap - size(seeds)] AS new1,
    size(added1) > $cap - size(seeds) AS over1
  CALL {
    WITH q, seeds, new1, over1
    WITH q, seeds + new1 AS visited, new1
    WHERE q.hops >= 2 AND NOT over1
    UNWIND new1 AS a
    MATCH (a)-[r]-(b)
    WHERE b.sources IS NOT NULL
      AND (q.relTypes IS NULL OR type(r) IN q.relTypes)
      AND coalesce(r.confidence, 1.0) >= q.minConfidence
      AND coalesce(b.confidence, 1.0) >= q.minConfidence
      AND (q.includeMerged OR b.mergedInto IS NULL)
      AND (q.nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN q.nodeTypes))
      AND NOT any(l IN labels(b) WHERE l IN q.excludeTypes)
      AND (q.from IS NULL OR coalesce(r.lastAt, r.to, r.at, b.at, q.from) >= q.from)
      AND (q.to IS NULL OR coalesce(r.firstAt, r.from, r.at, b.at, q.to) <= q.to)
    WITH q, b, collect(DISTINCT r) AS rs, b IN visited AS known
    ORDER BY known DESC, size(rs) DESC, coalesce(b.uid, elementId(b))
    LIMIT $cap + 1
    RETURN collect(b) AS nodes2, {
      e: collect(elementId(b)), known: collect(known),
      b: collect(CASE WHEN known THEN [] ELSE [labels(b)] + reduce(acc = [], k IN keys(b) |
        CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, b[k]] ELSE acc END) END),
      rs: collect([r IN rs | [elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r))] +
        reduce(acc = [], k IN keys(r) | CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, r[k]] ELSE acc END)])
    } AS hop2
  }
  WITH q, found, seeds, hop1, new1, over1, hop2,
    [i IN range(0, size(nodes2) - 1) WHERE NOT hop2.known[i] | nodes2[i]] AS added2
  WITH q, found, seeds, hop1, new1, over1, hop2,
    added2[0..$cap - size(seeds) - size(new1)] AS new2,
    size(added2) > $cap - size(seeds) - size(new1) AS over2
  CALL {
    WITH q, seeds, new1, new2, over1, over2
    WITH q, seeds + new1 + new2 AS visited, new2
    WHERE q.hops >= 3 AND NOT over1 AND NOT over2
    UNWIND new2 AS a
    MATCH (a)-[r]-(b)
    WHERE b.sources IS NOT NULL
      AND (q.relTypes IS NULL OR type(r) IN q.relTypes)
      AND coalesce(r.confidence, 1.0) >= q.minConfidence
      AND coalesce(b.confidence, 1.0) >= q.minConfidence
      AND (q.includeMerged OR b.mergedInto IS NULL)
      AND (q.nodeTypes IS NULL OR any(l IN labels(b) WHERE l IN q.nodeTypes))
      AND NOT any(l IN labels(b) WHERE l IN q.excludeTypes)
      AND (q.from IS NULL OR coalesce(r.lastAt, r.to, r.at, b.at, q.from) >= q.from)
      AND (q.to IS NULL OR coalesce(r.firstAt, r.from, r.at, b.at, q.to) <= q.to)
    WITH q, b, collect(DISTINCT r) AS rs, b IN visited AS known
    ORDER BY known DESC, size(rs) DESC, coalesce(b.uid, elementId(b))
    LIMIT $cap + 1
    RETURN collect(b) AS nodes3, {
      e: collect(elementId(b)), known: collect(known),
      b: collect(CASE WHEN known THEN [] ELSE [labels(b)] + reduce(acc = [], k IN keys(b) |
        CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, b[k]] ELSE acc END) END),
      rs: collect([r IN rs | [elementId(r), type(r), elementId(startNode(r)), elementId(endNode(r))] +
        reduce(acc = [], k IN keys(r) | CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, r[k]] ELSE acc END)])
    } AS hop3
  }
  RETURN q.key AS key, found,
    [s IN seeds | [elementId(s), labels(s)] + reduce(acc = [], k IN keys(s) |
      CASE WHEN q.keys IS NULL OR k IN q.keys THEN acc + [k, s[k]] ELSE acc END)] AS seeds,
    hop1, hop2, hop3
}
RETURN key, found, seeds, hop1, hop2, hop3
