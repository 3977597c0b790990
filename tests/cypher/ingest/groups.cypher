// Params: none. Tests only: every Group with its members. Returns: uid, name, kind, members [uid].
MATCH (g:Group)
RETURN g.uid AS uid, g.name AS name, g.kind AS kind,
  [(p:Person)-[:MEMBER_OF]->(g) | p.uid] AS members
ORDER BY uid
