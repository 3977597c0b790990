// Params: none. GDS only: the installed GDS version. Returns gdsVersion.
CALL gds.version() YIELD gdsVersion
RETURN gdsVersion
