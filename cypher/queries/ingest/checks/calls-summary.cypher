// Params: none. Returns {pairs, calls, seconds}: the derived CALLS summaries, how many calls they
// count and their total duration (they must agree with the Call nodes).
MATCH (:Phone)-[r:CALLS]->(:Phone)
RETURN count(r) AS pairs, sum(r.count) AS calls, sum(r.totalSeconds) AS seconds
