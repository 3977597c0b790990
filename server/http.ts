// The HTTP server: security headers, CORS from configuration, /graphql, and the built client.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
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
  const server = http.createServer();
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
  app.set('trust proxy', config.trustProxy); // false, a hop count or addresses: see clientIp
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        // Sigma renders with WebGL and the client runs layouts in a worker built by Vite.
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
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
  const contextFor = (principal: Principal | null, ip: string): Context => ({
    services,
    principal,
    requestId: randomUUID(),
    ip,
  });
  const fastPath = graphqlFastPath({
    apollo,
    logger: services.logger,
    admit,
    contextFor,
    middleware: [securityHeaders, corsMiddleware],
    clientIp: (req) => clientIp(req, config.trustProxy),
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!fastPath(req, res)) app(req, res);
  });
  app.use(
    '/graphql',
    corsMiddleware,
    express.json({ limit: MAX_BODY }),
    bodyErrors,
    guard(admit),
    expressMiddleware<Context>(apollo, {
      context: ({ res }) =>
        Promise.resolve(
          contextFor(
            (res.locals.principal as Principal | null | undefined) ?? null,
            String(res.locals.ip ?? ''),
          ),
        ),
    }),
  );
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

/** A GraphQL-shaped error answer (Express's response is a node one too). */
function sendError(
  res: http.ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

type Middleware = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: (err?: unknown) => void,
) => void;

/**
 * The caller's address for the fast path, computed by Express's own req.ip (proxy-addr) with the
 * same 'trust proxy' setting as the app: walking from the socket's peer leftwards through
 * X-Forwarded-For, the first address that is not a trusted proxy (so with one trusted hop, the
 * address the proxy saw, never a value the client wrote into the header itself).
 */
const ipRequests = new Map<Services['config']['trustProxy'], express.Request>();
function clientIp(req: http.IncomingMessage, trustProxy: Services['config']['trustProxy']): string {
  let proto = ipRequests.get(trustProxy);
  if (!proto) {
    const settings = express();
    settings.set('trust proxy', trustProxy);
    proto = settings.request;
    ipRequests.set(trustProxy, proto);
  }
  const view = Object.create(proto) as { headers: http.IncomingHttpHeaders; socket: unknown; ip?: string };
  view.headers = req.headers;
  view.socket = req.socket;
  return view.ip ?? req.socket.remoteAddress ?? '';
}

/** What every client sends: a JSON body, in UTF-8, not compressed. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * POST /graphql with a plain JSON body, served without Express: the same security headers, CORS,
 * body limit, admission (caller, rate limit, cost) and Apollo, with none of Express's per-request
 * work for a route that needs none of it (routing, request and response decoration, an ETag hash
 * of every answer). Measured with `npm run bench -- api`: it was about a tenth of the service's
 * CPU per request. Anything else (GET, preflight, compressed or non-JSON bodies, the client)
 * goes through Express, whose /graphql route behaves the same. Returns whether it took the request.
 */
function graphqlFastPath(opts: {
  apollo: ApolloServer<Context>;
  logger: Services['logger'];
  admit: ReturnType<typeof admission>;
  contextFor: (principal: Principal | null, ip: string) => Context;
  middleware: Middleware[];
  clientIp: (req: http.IncomingMessage) => string;
}): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const { apollo, logger, admit, middleware, contextFor } = opts;
  const serve = async (req: http.IncomingMessage, res: http.ServerResponse, query: string) => {
    for (const mw of middleware) {
      await new Promise<void>((resolve, reject) => mw(req, res, (err) => (err ? reject(err) : resolve())));
    }
    const read = await readJsonBody(req);
    if (!read.ok) return sendError(res, read.status, 'BAD_USER_INPUT', read.message);
    const ip = opts.clientIp(req);
    const a = await admit(req.headers.authorization, ip, read.body);
    if (!a.ok) return sendError(res, a.status, a.code, a.message, a.headers);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query, body: read.body },
      context: () => Promise.resolve(contextFor(a.principal, ip)),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      // Encoded once: its length is the header, and the socket takes it as it is.
      const body = Buffer.from(answer.body.string, 'utf8');
      res.setHeader('content-length', body.length);
      res.end(body);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    const url = req.url ?? '';
    const q = url.indexOf('?');
    if (req.method !== 'POST' || (q < 0 ? url : url.slice(0, q)) !== '/graphql') return false;
    const encoding = req.headers['content-encoding'];
    if (!PLAIN_JSON.test(req.headers['content-type'] ?? '') || (encoding && encoding !== 'identity'))
      return false;
    serve(req, res, q < 0 ? '' : url.slice(q)).catch((err: unknown) => {
      logger.error({ err }, 'serving /graphql failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else res.destroy();
    });
    return true;
  };
}

/**
 * Reads a JSON request body of at most MAX_BODY, as express.json() does (an empty body is {}; only
 * an object or array is accepted).
 */
function readJsonBody(
  req: http.IncomingMessage,
): Promise<{ ok: true; body: unknown } | { ok: false; status: number; message: string }> {
  const tooLarge = {
    ok: false,
    status: 413,
    message: `The request body is larger than ${MAX_BODY}.`,
  } as const;
  const invalid = { ok: false, status: 400, message: 'The request body is not valid JSON.' } as const;
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    req.resume();
    return Promise.resolve(tooLarge);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        chunks.length = 0;
        resolve(tooLarge);
      } else chunks.push(chunk);
    });
    const unreadable = () => {
      if (done) return;
      done = true;
      resolve({ ok: false, status: 400, message: 'The request body could not be read.' });
    };
    req.on('error', unreadable);
    // A caller that goes away mid-body ends the request here (closing after the end changes nothing).
    req.on('close', unreadable);
    req.on('end', () => {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks, size).toString('utf8');
      if (text.trim() === '') return resolve({ ok: true, body: {} });
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') return resolve(invalid);
      try {
        resolve({ ok: true, body: JSON.parse(text) as unknown });
      } catch {
        resolve(invalid);
      }
    });
  });
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

/** A request that may go on to Apollo (with its caller), or the error that answers it. */
type Admission =
  | { ok: true; principal: Principal | null }
  | { ok: false; status: number; code: ErrorCode; message: string; headers?: Record<string, string> };

/**
 * Before Apollo: who is calling, the per-account rate limit (per address for anonymous callers),
 * and what the query asks for with its variables: its operation kind, nesting, size with its
 * fragments expanded, introspection (signed-in callers only by default) and estimated cost, all
 * from one linear walk of the document (graphql/limits.ts). Shared by the /graphql fast path and
 * Express's.
 */
function admission(
  services: Services,
  schema: GraphQLSchema,
  opts: { maxCost: number; maxFields: number },
): (authorization: string | undefined, ip: string, body: unknown) => Promise<Admission> {
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
  const refuse = (status: number, code: ErrorCode, message: string): Admission => ({
    ok: false,
    status,
    code,
    message,
  });
  /** Why this operation may not run for this caller, or undefined when it may. */
  const check = (principal: Principal | null, query: string, body: Record<string, unknown>) => {
    const doc = parseCached(query);
    if (doc === 'too-long') {
      return refuse(400, 'QUERY_TOO_COMPLEX', `The query has more than ${MAX_TOKENS} tokens.`);
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
      return refuse(
        400,
        'BAD_USER_INPUT',
        `This service answers queries and mutations, not ${kind} operations.`,
      );
    }
    if (a.fields > opts.maxFields) {
      return refuse(
        400,
        'QUERY_TOO_COMPLEX',
        `The query selects ${a.fields} fields once its fragments are expanded; the limit is ${opts.maxFields}.`,
      );
    }
    if (a.depth > config.graphqlMaxDepth) {
      return refuse(
        400,
        'QUERY_TOO_COMPLEX',
        `Query is nested ${a.depth} levels deep; the limit is ${config.graphqlMaxDepth}.`,
      );
    }
    if (a.introspection && config.graphqlIntrospection === 'off') {
      return refuse(403, 'FORBIDDEN', 'Introspection is turned off on this service (GRAPHQL_INTROSPECTION).');
    }
    if (a.introspection && config.graphqlIntrospection === 'signed-in' && !principal) {
      return refuse(401, 'UNAUTHENTICATED', 'Introspection needs a signed-in caller.');
    }
    if (a.cost > opts.maxCost) {
      return refuse(
        400,
        'QUERY_TOO_COMPLEX',
        `The query would cost about ${a.cost}; the limit is ${opts.maxCost}. Ask for fewer items, fewer hops, or less nesting.`,
      );
    }
    return undefined;
  };
  return async (authorization, ip, rawBody) => {
    const auth = await authenticateRequest(services, authorization);
    if (auth.unavailable) {
      // Fail fast: the token cannot be checked while the database is starting or down.
      return {
        ok: false,
        status: 503,
        code: 'DB_UNAVAILABLE',
        message: 'The database is unavailable; try again shortly.',
        headers: { 'retry-after': '2' },
      };
    }
    const principal = auth.principal;
    try {
      await limiter.consume(principal ? `u:${principal.userId}` : `ip:${ip}`);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retry = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return {
        ok: false,
        status: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests: at most ${config.rateLimitPerMinute} a minute per account; retry in ${retry} s.`,
        headers: { 'retry-after': String(retry) },
      };
    }
    const body = rawBody as Record<string, unknown> | undefined;
    if (body && typeof body === 'object' && typeof body.query === 'string') {
      const refused = check(principal, body.query, body);
      if (refused) return refused;
    }
    return { ok: true, principal };
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

/** Express's /graphql guard: the admission check, its caller kept for the context. */
function guard(admit: ReturnType<typeof admission>): express.RequestHandler {
  return (req, res, next) => {
    const ip = req.ip ?? '';
    const operation = req.method === 'GET' ? getOperation(req.originalUrl) : (req.body as unknown);
    admit(req.headers.authorization, ip, operation).then((a) => {
      if (!a.ok) return sendError(res, a.status, a.code, a.message, a.headers);
      res.locals.principal = a.principal;
      res.locals.ip = ip;
      next();
    }, next);
  };
}
