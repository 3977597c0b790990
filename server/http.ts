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
import { authenticate } from './auth/authenticate.ts';
import type { Context } from './graphql/context.ts';
import { createApollo } from './graphql/server.ts';
import type { Services } from './services.ts';

const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../client/dist');

export interface HttpApp {
  server: http.Server;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHttpApp(services: Services): Promise<HttpApp> {
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
    express.json({ limit: '20mb' }),
    expressMiddleware<Context>(apollo, {
      context: async ({ req }) => ({
        services,
        principal: await authenticate(services, req.headers.authorization),
        requestId: randomUUID(),
        ip: req.ip ?? '',
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
