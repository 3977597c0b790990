// The GraphQL client: bearer token, typed errors by `extensions.code` (never by message), and the
// list of operations this server offers, so that a view whose API is missing says so instead of
// failing.
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'crimegraph.token';

interface GqlResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export class Api {
  private fields: Promise<Set<string>> | null = null;

  constructor(
    private readonly url = '/graphql',
    public token: string | null = sessionStorage.getItem(TOKEN_KEY),
  ) {}

  setToken(token: string | null): void {
    this.token = token;
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
    this.fields = null;
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (err) {
      throw new ApiError('NETWORK', `The service cannot be reached: ${(err as Error).message}`);
    }
    let body: GqlResponse<T>;
    try {
      body = (await res.json()) as GqlResponse<T>;
    } catch {
      throw new ApiError('BAD_RESPONSE', `The service answered ${res.status} without JSON.`);
    }
    const first = body.errors?.[0];
    if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
    if (!body.data) throw new ApiError('BAD_RESPONSE', 'The service answered without data.');
    return body.data;
  }

  /** "Query.search", "Mutation.login", ... for every root field the server offers. */
  private rootFields(): Promise<Set<string>> {
    this.fields ??= this.gql<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] } | null;
      };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }')
      .then((d) => {
        const s = new Set<string>();
        for (const f of d.__schema.queryType.fields) s.add(`Query.${f.name}`);
        for (const f of d.__schema.mutationType?.fields ?? []) s.add(`Mutation.${f.name}`);
        return s;
      })
      .catch(() => new Set<string>());
    return this.fields;
  }

  /** True when the server has this root field, e.g. has('Query.paths'). */
  async has(field: string): Promise<boolean> {
    return (await this.rootFields()).has(field);
  }

  /** Throws NOT_AVAILABLE when the server lacks the field. */
  async need(field: string, what: string): Promise<void> {
    if (!(await this.has(field)))
      throw new ApiError('NOT_AVAILABLE', `This server does not offer ${what} yet (${field} is missing).`);
  }
}
