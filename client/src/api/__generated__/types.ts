export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Crimegraph's GraphQL API. Feature files extend Query and Mutation; this file holds the roots and
   * the service's own status.
   */
  JSON: { input: unknown; output: unknown; }
};

export type Health = {
  __typename?: 'Health';
  neo4j?: Maybe<Neo4jInfo>;
  /** The highest applied schema migration (NNN of cypher/schema/NNN-*.cypher). */
  schemaVersion?: Maybe<Scalars['Int']['output']>;
  status: HealthStatus;
  /** Seconds since the service started. */
  uptimeSeconds: Scalars['Float']['output'];
};

export type HealthStatus =
  | 'DB_UNAVAILABLE'
  | 'OK'
  | 'STARTING';

export type Mutation = {
  __typename?: 'Mutation';
  /** A no-op that lets feature files extend Mutation. */
  _noop?: Maybe<Scalars['Boolean']['output']>;
};

export type Neo4jInfo = {
  __typename?: 'Neo4jInfo';
  address: Scalars['String']['output'];
  edition: Scalars['String']['output'];
  /** True when this service started the database itself (the embedded default). */
  embedded: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The service, its database and its schema version. Needs no credentials. */
  health: Health;
};
