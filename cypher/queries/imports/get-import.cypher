// Params: $id. One ingest run and the files that other finished runs, not rolled back, also loaded (those
// files' records are shared with them). Returns: imp (properties), sharedFiles [name].
MATCH (i:Import {id: $id})
OPTIONAL MATCH (o:Import)
WHERE o.id <> i.id AND o.status = 'done'
WITH i, collect(o.files) AS others
WITH i, [f IN i.files WHERE any(x IN others WHERE f IN x)] AS sharedFiles
RETURN properties(i) AS imp, sharedFiles
