// Params: none. Returns {label, count}: how many :Entity nodes carry each label (Entity excluded).
MATCH (n:Entity)
UNWIND labels(n) AS label
WITH label
WHERE label <> 'Entity'
RETURN label, count(*) AS count
ORDER BY label
