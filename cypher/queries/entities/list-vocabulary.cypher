// Params: none. Returns: labels (every node label but :Entity and the service's own), relTypes.
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
RETURN labels, collect(relationshipType) AS relTypes
