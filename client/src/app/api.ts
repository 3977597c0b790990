// The GraphQL client: bearer token, errors typed by `extensions.code` (never by message). Every
// operation is a document in a .graphql file beside the feature that uses it; its result and
// variables types are generated from the schema (api/__generated__/operations.ts, npm run codegen).
import SHARED_FRAGMENTS from './canvas.graphql?raw';
import { withSharedFragments } from './fragments.ts';

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

/** The name of the first operation in a document, sent as operationName. */
function operationNames(doc: string): string[] {
  return [...doc.matchAll(/^\s*(?:query|mutation|subscription)\s+(\w+)/gm)].map((m) => m[1]!);
}

export class Api {
  constructor(
    private readonly url = '/graphql',
    public token: string | null = sessionStorage.getItem(TOKEN_KEY),
  ) {}

  setToken(token: string | null): void {
    this.token = token;
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  }

  /**
   * Runs one operation of `doc` (a .graphql file imported with `?raw`). A file with several
   * operations needs `operation`, the name of the one to run.
   */
  async request<TData, TVars extends object = Record<string, never>>(
    doc: string,
    variables?: TVars,
    operation?: string,
  ): Promise<TData> {
    const names = operationNames(doc);
    if (operation !== undefined && !names.includes(operation))
      throw new ApiError('CLIENT_ERROR', `No operation ${operation} in this document.`);
    const operationName = operation ?? names[0];
    const query = withSharedFragments(doc, SHARED_FRAGMENTS);
    return this.post<TData>({ query, variables: variables ?? {}, operationName });
  }

  private async post<T>(body: Record<string, unknown>): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiError('NETWORK', (err as Error).message);
    }
    let json: GqlResponse<T>;
    try {
      json = (await res.json()) as GqlResponse<T>;
    } catch {
      throw new ApiError(res.status === 429 ? 'RATE_LIMITED' : 'BAD_RESPONSE', `HTTP ${res.status}`);
    }
    const first = json.errors?.[0];
    if (first) throw new ApiError(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.message);
    if (!json.data) throw new ApiError('BAD_RESPONSE', 'no data');
    return json.data;
  }
}

export const api = new Api();
