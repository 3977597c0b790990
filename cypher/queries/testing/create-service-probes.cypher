// Params: $labels (list of label names), $key. Tests only: creates one probe node per label with
// the identifiers an imported record might collide with (id, uid "<label>:<key>", key), marked
// probe = 'service-names' so that delete-service-probes removes them. Returns how many it created.
UNWIND $labels AS label
CREATE (n:$(label))
SET n.id = 'probe-' + label, n.uid = label + ':' + $key, n.key = $key, n.probe = 'service-names'
RETURN count(n) AS created
