// The HTTP server: one Express 5 app for every request. Security headers, CORS from
// configuration, /graphql (body limit, admission, Apollo through @as-integrations/express5), and the
// built client. Errors answered here, before Apollo, take their HTTP status from HTTP_STATUS.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { authenticateRequest } from './auth/authenticate.ts';
import type { Principal } from './auth/types.ts';
import type { ErrorCode } from './errors.ts';
import type { Context } from './graphql/context.ts';
import { analyseOperation, DEFAULT_MAX_COST, DEFAULT_MAX_FIELDS } from './graphql/limits.ts';
import { buildApiSchema, createApollo } from './graphql/server.ts';
import type { Services } from './services.ts';

export interface HttpApp {
  server: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHttpApp(services: Services, opts: { maxCost?: number } = {}): Promise<HttpApp> {
  const { config } = services;
  const app = express();
  const server = http.createServer(app);
  // One schema for Apollo and for the admission check's cost estimate.
  const schema = buildApiSchema();
  const apollo = createApollo({
    logger: services.logger,
    httpServer: server,
    maxDepth: config.graphqlMaxDepth,
    schema,
    introspection: config.graphqlIntrospection !== 'off',
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy); // false, a hop count or addresses: req.ip walks X-Forwarded-For through trusted hops only
  // The agency's basemap server, when configured, is where the map view fetches its style and tiles.
  const mapOrigins = [config.map.styleUrl, config.map.tilesUrl].flatMap((u) => {
    try {
      return u ? [new URL(u.replace(/[{}]/g, '')).origin] : [];
    } catch {
      return [];
    }
  });
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        // Sigma and MapLibre render with WebGL; layouts and the map run in workers built by Vite.
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:', ...mapOrigins],
        'connect-src': ["'self'", ...mapOrigins],
      },
    },
  });
  app.use(securityHeaders);
  const corsMiddleware = cors({
    origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
    credentials: true,
  });
  const admit = admission(services, schema, {
    maxCost: opts.maxCost ?? DEFAULT_MAX_COST,
    maxFields: DEFAULT_MAX_FIELDS,
  });
  // Answers are per caller and never cached: no ETag hash of every /graphql answer.
  app.set('etag', false);
  app.use(
    '/graphql',
    corsMiddleware,
    express.json({ limit: MAX_BODY }),
    bodyErrors,
    admit,
    expressMiddleware<Context>(apollo, {
      context: ({ req, res }) =>
        Promise.resolve({
          services,
          principal: (res.locals.principal as Principal | null | undefined) ?? null,
          requestId: randomUUID(),
          ip: req.ip ?? '',
        }),
    }),
  );
  // Public client settings (no secrets): the map view's basemap.
  app.get('/config.json', securityHeaders, (_req, res) => {
    res.set('cache-control', 'no-cache').json({ map: config.map });
  });
  const CLIENT_DIST = config.clientDir;
  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Crimegraph API is at /graphql. The client is not built: run `npm run build:client`.\n');
    });
  }

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const onError = (err: NodeJS.ErrnoException) => {
          server.off('listening', onListening);
          if (err.code === 'EADDRINUSE') {
            reject(
              new Error(
                `Port ${port} on ${host} is already in use (is Crimegraph already running?). Set PORT to another port, or PORT=0 for any free one.`,
              ),
            );
          } else reject(err);
        };
        const onListening = () => {
          server.off('error', onError);
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, host);
      }),
    close: async () => {
      await apollo.stop(); // drains and closes the HTTP server
    },
  };
}

/** Largest request body: room for a 1 MB argument, far below what could exhaust memory. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_BODY = `${MAX_BODY_BYTES / 1024 / 1024}mb`;
const MAX_TOKENS = 20_000;

/**
 * The HTTP status of an error answered before Apollo runs, by its code: the one table. (Errors
 * from resolvers are in a 200 answer, as GraphQL over HTTP has them; a body the parser refuses
 * keeps the parser's status, 413 or 400.)
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  RESULT_TOO_LARGE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  DB_UNAVAILABLE: 503,
  AUDIT_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

/** A GraphQL-shaped error answer. */
function sendError(
  res: express.Response,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  res
    .status(status)
    .set(headers)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Bodies that are too large or not JSON get a GraphQL-shaped error, not Express's HTML page. */
const bodyErrors: express.ErrorRequestHandler = (
  err: { type?: string; status?: number },
  _req,
  res,
  next,
) => {
  if (err?.type === 'entity.too.large') {
    sendError(res, 413, 'BAD_USER_INPUT', `The request body is larger than ${MAX_BODY}.`);
  } else if (err?.status && err.status >= 400 && err.status < 500) {
    sendError(res, err.status, 'BAD_USER_INPUT', 'The request body is not valid JSON.');
  } else next(err);
};

/** Why a request may not go on to Apollo: the error that answers it. */
interface Refusal {
  code: ErrorCode;
  message: string;
  headers?: Record<string, string>;
}

/**
 * Before Apollo: who is calling, the per-account rate limit (per address for anonymous callers),
 * and what the query asks for with its variables: its operation kind, nesting, size with its
 * fragments expanded, introspection (signed-in callers only by default) and estimated cost, all
 * from one linear walk of the document (graphql/limits.ts). One middleware, before Apollo: a
 * refused request never reaches a resolver; an admitted one carries its caller in res.locals.
 */
function admission(
  services: Services,
  schema: GraphQLSchema,
  opts: { maxCost: number; maxFields: number },
): express.RequestHandler {
  const { config } = services;
  const limiter = new RateLimiterMemory({ points: config.rateLimitPerMinute, duration: 60 });
  const parsed = new Map<string, DocumentNode | null | 'too-long'>();
  const parseCached = (query: string): DocumentNode | null | 'too-long' => {
    let doc = parsed.get(query);
    if (doc === undefined) {
      try {
        doc = parse(query, { maxTokens: MAX_TOKENS });
      } catch (err) {
        // Apollo reports syntax errors itself; a document with too many tokens stops here.
        doc = /more tha[nt] \d+ tokens/.test((err as Error).message) ? 'too-long' : null;
      }
      if (query.length < 20_000) {
        if (parsed.size > 1_000) parsed.clear();
        parsed.set(query, doc);
      }
    }
    return doc;
  };
  const refuse = (code: ErrorCode, message: string): Refusal => ({ code, message });
  /** Why this operation may not run for this caller, or undefined when it may. */
  const check = (principal: Principal | null, query: string, body: Record<string, unknown>) => {
    const doc = parseCached(query);
    if (doc === 'too-long') {
      return refuse('QUERY_TOO_COMPLEX', `The query has more than ${MAX_TOKENS} tokens.`);
    }
    if (!doc) return undefined; // Apollo answers GRAPHQL_PARSE_FAILED
    const variables =
      body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
    const a = analyseOperation(
      schema,
      doc,
      variables,
      typeof body.operationName === 'string' ? body.operationName : null,
      { defaultCap: config.maxResultNodes },
    );
    if (!a.operation) return undefined; // Apollo answers OPERATION_RESOLUTION_FAILURE
    const kind = a.operation.operation;
    if (kind !== 'query' && kind !== 'mutation') {
      return refuse('BAD_USER_INPUT', `This service answers queries and mutations, not ${kind} operations.`);
    }
    if (a.fields > opts.maxFields) {
      return refuse(
        'QUERY_TOO_COMPLEX',
        `The query selects ${a.fields} fields once its fragments are expanded; the limit is ${opts.maxFields}.`,
      );
    }
    if (a.depth > config.graphqlMaxDepth) {
      return refuse(
        'QUERY_TOO_COMPLEX',
        `Query is nested ${a.depth} levels deep; the limit is ${config.graphqlMaxDepth}.`,
      );
    }
    if (a.introspection && config.graphqlIntrospection === 'off') {
      return refuse('FORBIDDEN', 'Introspection is turned off on this service (GRAPHQL_INTROSPECTION).');
    }
    if (a.introspection && config.graphqlIntrospection === 'signed-in' && !principal) {
      return refuse('UNAUTHENTICATED', 'Introspection needs a signed-in caller.');
    }
    if (a.cost > opts.maxCost) {
      return refuse(
        'QUERY_TOO_COMPLEX',
        `The query would cost about ${a.cost}; the limit is ${opts.maxCost}. Ask for fewer items, fewer hops, or less nesting.`,
      );
    }
    return undefined;
  };
  const decide = async (req: express.Request, res: express.Response): Promise<Refusal | undefined> => {
    const auth = await authenticateRequest(services, req.headers.authorization);
    if (auth.unavailable) {
      // Fail fast: the token cannot be checked while the database is starting or down.
      return {
        code: 'DB_UNAVAILABLE',
        message: 'The database is unavailable; try again shortly.',
        headers: { 'retry-after': '2' },
      };
    }
    const principal = auth.principal;
    try {
      await limiter.consume(principal ? `u:${principal.userId}` : `ip:${req.ip ?? ''}`);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retry = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return {
        code: 'RATE_LIMITED',
        message: `Too many requests: at most ${config.rateLimitPerMinute} a minute per account; retry in ${retry} s.`,
        headers: { 'retry-after': String(retry) },
      };
    }
    const body = (req.method === 'GET' ? getOperation(req.originalUrl) : req.body) as
      Record<string, unknown> | undefined;
    if (body && typeof body === 'object' && typeof body.query === 'string') {
      const refused = check(principal, body.query, body);
      if (refused) return refused;
    }
    res.locals.principal = principal;
    return undefined;
  };
  return (req, res, next) => {
    decide(req, res).then((refused) => {
      if (!refused) return next();
      sendError(res, HTTP_STATUS[refused.code], refused.code, refused.message, refused.headers);
    }, next);
  };
}

/** A GET request's operation, from its URL (as Apollo reads it), so that its cost is checked too. */
function getOperation(url: string): Record<string, unknown> | undefined {
  const params = new URL(url, 'http://localhost').searchParams;
  const query = params.get('query');
  if (query === null) return undefined;
  let variables: unknown = {};
  try {
    variables = JSON.parse(params.get('variables') ?? '{}');
  } catch {
    // Apollo answers unreadable variables itself.
  }
  return { query, variables, operationName: params.get('operationName') };
}
