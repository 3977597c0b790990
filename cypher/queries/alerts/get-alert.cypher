// Params: $id. Returns: alert (properties), or no row.
MATCH (a:Alert {id: $id})
RETURN properties(a) AS alert
