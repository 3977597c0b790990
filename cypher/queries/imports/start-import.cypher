// Params: $id (uuid), $at (epoch ms), $by (username or 'system'), $via ('cli'|'graphql'|'api'), $files [name].
// Records the start of one ingest run as an :Import node (status running); finish-import completes it.
// Returns nothing.
CREATE (:Import {id: $id, at: $at, by: $by, via: $via, files: $files, status: 'running'})
