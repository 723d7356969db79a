import 'reflect-metadata';
// The HTTP server: the GraphQL API, the health check and the built portal on one origin.
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import express from 'express';
import type { GraphQLError, ValidationContext } from 'graphql';
import helmet from 'helmet';
import { sql as raw } from 'drizzle-orm';
import type { DbHandle } from '@chorus/db';
import type { Config } from './config';
import { buildContext, type Context } from './context';
import { chorusSchema } from './schema';
import { formatError } from './shared/errors';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

// graphql-armor's rules throw by default, which Apollo answers with HTTP 500; reported as validation
// errors they get the 400 a request over the limits deserves.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export interface ChorusServer {
  app: express.Express;
  httpServer: http.Server;
  /** stops taking connections, lets in-flight requests finish, then stops Apollo */
  close(): Promise<void>;
}

export async function createServer(handle: DbHandle, config: Config, log: (line: string) => void = console.error): Promise<ChorusServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await chorusSchema(),
    formatError: (formatted, error) => formatError(formatted, error, log),
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: [
      maxDepthRule({ n: 12, ...reportAsValidationError }),
      maxAliasesRule({ n: 20, ...reportAsValidationError }),
      maxDirectivesRule({ n: 20, ...reportAsValidationError }),
      costLimitRule({ maxCost: 20_000, ...reportAsValidationError }),
    ],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    // the process's own shutdown (main.ts) stops Apollo, after which the database goes
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Naive UI writes its styles at run time
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': config.secureCookies ? [] : null,
        },
      },
      hsts: config.secureCookies,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await handle.db.execute(raw`select 1`);
      res.json({ status: 'ok' });
    } catch (error) {
      log(`health check failed: ${(error as Error).message}`);
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext({ db: handle.db, sql: handle.sql, config }, req, res) }),
  );

  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // the portal routes in the browser: every other GET gets the app shell
    app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  return {
    app,
    httpServer,
    async close() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export function listen(server: ChorusServer, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(port, host, () => resolve((server.httpServer.address() as { port: number }).port));
  });
}
