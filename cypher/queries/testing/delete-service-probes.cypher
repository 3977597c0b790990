// Params: none. Tests only: deletes the nodes create-service-probes made. Returns nothing.
MATCH (n)
WHERE n.probe = 'service-names'
DETACH DELETE n
