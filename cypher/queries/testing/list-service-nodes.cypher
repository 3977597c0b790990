// Params: $labels, $prefixes (label names and prefixes of the service's own labels). Tests only:
// every node carrying such a label, and every canonical person of entity resolution (mergedFrom),
// with its labels and properties. Returns {id, labels, props} ordered by id.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels OR any(p IN $prefixes WHERE l STARTS WITH p))
  OR n.mergedFrom IS NOT NULL
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
