// Params: $rows [{uid, searchText}]. Sets each entity's searchText (with its forms in pinyin and
// simplified characters added by the search-forms backfill). Returns nothing.
UNWIND $rows AS row
MATCH (n:Entity {uid: row.uid})
SET n.searchText = row.searchText
