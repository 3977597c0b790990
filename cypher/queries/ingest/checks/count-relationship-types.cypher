// Params: none. Returns {type, count}: how many relationships of each type link :Entity nodes.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
