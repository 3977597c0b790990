// Params: $name, $value. Returns the stored secret of that name, storing $value first if none is.
MERGE (s:ServiceSecret {name: $name})
ON CREATE SET s.value = $value
RETURN s.value AS value
