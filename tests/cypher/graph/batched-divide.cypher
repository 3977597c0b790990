// Params: $by (an integer), $batch [{key, x}] (x an integer). Tests only (server/db/batched-read.ts): a batched
// statement whose item with x = 0 makes the whole statement fail (division by zero). Returns key,
// y = $by / x for each item.
UNWIND $batch AS q
RETURN q.key AS key, $by / q.x AS y
