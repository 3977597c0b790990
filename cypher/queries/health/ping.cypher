// Params: none. Returns ok = 1: the liveness ping (server/db/liveness.ts), an answer from the server.
RETURN 1 AS ok
