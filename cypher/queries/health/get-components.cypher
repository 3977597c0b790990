// Params: none. Returns the Neo4j kernel's version and edition as the database reports them.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
