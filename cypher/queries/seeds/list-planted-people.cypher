// Params: none. Returns [{uid, key, gang, role, duplicateOf}]: every person carrying planted ground
// truth from a seed load (plantedRole is set on all of them; plantedGang is null outside gangs),
// so community detection can be scored against the planted gangs.
MATCH (p:Person)
WHERE p.plantedRole IS NOT NULL
RETURN p.uid AS uid, p.key AS key, p.plantedGang AS gang, p.plantedRole AS role, p.plantedDuplicateOf AS duplicateOf
ORDER BY key
