// Params: $id, $now (epoch ms). Records when an API token was last used. Returns nothing.
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = $now
