// API tokens are listed and revoked by id (queries/auth/list-api-tokens, revoke-api-token).
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
