// Params: $seed (integer). Returns [{type, count}]: entity nodes per type among those a seed
// load wrote (their sources include a "seed:<seed>#" record), for the seed CLI and its tests.
MATCH (n:Entity)
WHERE any(s IN n.sources WHERE s STARTS WITH 'seed:' + toString($seed) + '#')
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, count(*) AS count
ORDER BY type
