// Params: none. Returns {any}: true when the database holds at least one :Entity node (the demo
// network is only loaded into an empty database).
RETURN EXISTS { MATCH (:Entity) } AS any
