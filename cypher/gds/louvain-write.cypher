// Params: $graph. GDS only: Louvain in write mode on a projected graph,
// writing each person's community to `gdsCommunity`. Returns communityCount, modularity,
// nodePropertiesWritten.
CALL gds.louvain.write($graph, {relationshipWeightProperty: 'weight', writeProperty: 'gdsCommunity'})
YIELD communityCount, modularity, nodePropertiesWritten
RETURN communityCount, modularity, nodePropertiesWritten
