// Params: none. Tests only: how many (:ProbeCounter) nodes exist (the migration test's marker).
MATCH (n:ProbeCounter)
RETURN count(n) AS count
