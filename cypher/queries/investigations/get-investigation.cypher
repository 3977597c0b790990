// Params: $id. Returns: inv (or no row).
MATCH (inv:Investigation {id: $id})
RETURN inv
