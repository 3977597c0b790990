// The HTTP server: security headers, CORS from configuration, /graphql, and the built client.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { buildSchema, parse, type DocumentNode } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { authenticateRequest } from './auth/authenticate.ts';
import type { Principal } from './auth/types.ts';
import type { ErrorCode } from './errors.ts';
import type { Context } from './graphql/context.ts';
import { DEFAULT_MAX_COST, queryCost } from './graphql/limits.ts';
import { createApollo, loadTypeDefs } from './graphql/server.ts';
import type { Services } from './services.ts';

const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');

export interface HttpApp {
  server: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHttpApp(services: Services, opts: { maxCost?: number } = {}): Promise<HttpApp> {
  const { config } = services;
  const app = express();
  const server = http.createServer(app);
  const apollo = createApollo({
    logger: services.logger,
    httpServer: server,
    maxDepth: config.graphqlMaxDepth,
  });
  await apollo.start();

  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Sigma renders with WebGL and the client runs layouts in a worker built by Vite.
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  const corsMiddleware = cors({
    origin: (origin, cb) => cb(null, !origin || config.corsOrigins.includes(origin)),
    credentials: true,
  });
  app.use(
    '/graphql',
    corsMiddleware,
    express.json({ limit: MAX_BODY }),
    bodyErrors,
    guard(services, { maxCost: opts.maxCost ?? DEFAULT_MAX_COST }),
    expressMiddleware<Context>(apollo, {
      context: async ({ res }) => ({
        services,
        principal: (res.locals.principal as Principal | null | undefined) ?? null,
        requestId: randomUUID(),
        ip: String(res.locals.ip ?? ''),
      }),
    }),
  );
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
const MAX_BODY = '2mb';
const MAX_TOKENS = 20_000;

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
    .json({ errors: [{ message, extensions: { code } }] });
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

/**
 * Before Apollo: who is calling (kept for the context), the per-account rate limit (per address
 * for anonymous callers), and the query's cost with its variables.
 */
function guard(services: Services, opts: { maxCost: number }): express.RequestHandler {
  const limiter = new RateLimiterMemory({ points: services.config.rateLimitPerMinute, duration: 60 });
  const schema = buildSchema(loadTypeDefs().join('\n'));
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
  return (req, res, next) => {
    void (async () => {
      const auth = await authenticateRequest(services, req.headers.authorization);
      if (auth.unavailable) {
        // Fail fast: the token cannot be checked while the database is starting or down.
        sendError(res, 503, 'DB_UNAVAILABLE', 'The database is unavailable; try again shortly.', {
          'retry-after': '2',
        });
        return;
      }
      const principal = auth.principal;
      const ip = req.ip ?? '';
      res.locals.principal = principal;
      res.locals.ip = ip;
      try {
        await limiter.consume(principal ? `u:${principal.userId}` : `ip:${ip}`);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retry = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        sendError(
          res,
          429,
          'RATE_LIMITED',
          `Too many requests: at most ${services.config.rateLimitPerMinute} a minute per account; retry in ${retry} s.`,
          { 'retry-after': String(retry) },
        );
        return;
      }
      const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
      if (body && typeof body.query === 'string') {
        const doc = parseCached(body.query);
        if (doc === 'too-long') {
          sendError(res, 400, 'QUERY_TOO_COMPLEX', `The query has more than ${MAX_TOKENS} tokens.`);
          return;
        }
        const variables =
          body.variables && typeof body.variables === 'object'
            ? (body.variables as Record<string, unknown>)
            : {};
        const cost = doc
          ? queryCost(
              schema,
              doc,
              variables,
              typeof body.operationName === 'string' ? body.operationName : null,
            )
          : 0;
        if (cost > opts.maxCost) {
          sendError(
            res,
            400,
            'QUERY_TOO_COMPLEX',
            `The query would cost about ${cost}; the limit is ${opts.maxCost}. Ask for fewer items, fewer hops, or less nesting.`,
          );
          return;
        }
      }
      next();
    })().catch(next);
  };
}
