import 'reflect-metadata';
// The HTTP server: the GraphQL API, the health check and the built portal on one origin.
import { randomUUID } from 'node:crypto';
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
import expressStaticGzip from 'express-static-gzip';
import type { GraphQLError, ValidationContext } from 'graphql';
import helmet from 'helmet';
import { sql as raw } from 'drizzle-orm';
import { ensureRollups, type DbHandle } from '@chorus/db';
import type { Config } from './config';
import { buildContext, sessionOf, withSession, type Context } from './context';
import { mayIngest } from './modules/ingest/ingest.policy';
import { chorusSchema } from './schema';
import { errorDetail, formatError } from './shared/errors';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * graphql-js stops parsing a document after this many tokens, so an oversized document is refused
 * after its first few kilobytes instead of being parsed and validated in full (1.4 MB held the event
 * loop for 1.7 s, before signing in). The portal's largest operation, fragments included, is under
 * 200 tokens.
 */
export const MAX_TOKENS = 5_000;

/**
 * Request body limits, in bytes. /graphql's depends on who is asking, known before the body is read
 * (the session is looked up first): JSON parsing and variable coercion run before any resolver can
 * refuse, so what someone without a session may send must stay small. In every case the document is
 * bounded by MAX_TOKENS, and every list and text by its field's cap.
 */
export const BODY_LIMITS = {
  /** /graphql without a session: signIn is all it can do */
  anonymous: 64 * 1024,
  /** /graphql for anyone signed in: the longest text (a 20,000-character idea) with room to spare */
  graphql: 1024 * 1024,
  /** /graphql for an ADMIN: a full ingestFeedback batch (5,000 rows, about 3 MB as help desks send them) */
  admin: 4 * 1024 * 1024,
  /** the CSV import (to come), which streams a spreadsheet instead of parsing it whole */
  csvUpload: 50 * 1024 * 1024,
} as const;

// graphql-armor's rules throw by default, which Apollo answers with HTTP 500; reported as validation
// errors they get the 400 a request over the limits deserves.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

const jsonBodies = {
  anonymous: express.json({ limit: BODY_LIMITS.anonymous }),
  graphql: express.json({ limit: BODY_LIMITS.graphql }),
  admin: express.json({ limit: BODY_LIMITS.admin }),
};

/** Parses the JSON body within the limit of the viewer withSession found. */
const bodyByViewer: express.RequestHandler = (req, res, next) => {
  const viewer = sessionOf(res)?.viewer;
  // the large limit is for ingestion batches, so it follows who may ingest
  const parse = !viewer ? jsonBodies.anonymous : mayIngest(viewer) ? jsonBodies.admin : jsonBodies.graphql;
  parse(req, res, next);
};

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('en')} MB` : `${(bytes / 1024).toLocaleString('en')} kB`);

export interface ChorusServer {
  app: express.Express;
  httpServer: http.Server;
  /** stops taking connections, lets in-flight requests finish, then stops Apollo */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** the built portal to serve: web/dist unless a test gives another */
  webDist?: string;
}

export async function createServer(
  handle: DbHandle,
  config: Config,
  log: (line: string) => void = console.error,
  options: ServerOptions = {},
): Promise<ChorusServer> {
  // the dashboard's rollup in the organisation's days (a no-op when main.ts has built it already)
  await ensureRollups(handle, config.timeZone);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await chorusSchema(),
    formatError: (formatted, error) => formatError(formatted, error, log, { hideSuggestions: config.production }),
    // a document over the limit is a syntax error: GRAPHQL_PARSE_FAILED with HTTP 400
    parseOptions: { maxTokens: MAX_TOKENS },
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
    withSession(handle, config),
    bodyByViewer,
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext({ db: handle.db, sql: handle.sql, config }, req, res) }),
  );

  const portal = options.webDist ?? webDist;
  if (existsSync(portal)) {
    // Vite names every file under assets/ by its content: it never changes, so it is cached for good.
    // Anything else (the shell, icons) is checked again. The build wrote .br and .gz beside each text
    // file; they are sent as they are to browsers that accept them.
    const assets = path.join(portal, 'assets') + path.sep;
    const files = expressStaticGzip(portal, {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: {
        setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      },
    });
    // a path that does not decode names no file: it goes on to the app shell (express-static-gzip
    // would answer 400 itself)
    app.use((req, res, next) => {
      try {
        decodeURIComponent(req.path);
      } catch {
        return next();
      }
      return files(req, res, next);
    });
    // the portal routes in the browser: every other GET gets the app shell
    app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(portal, 'index.html'));
    });
  }

  // what no route answered, and whatever a middleware threw: JSON, never Express's HTML page
  app.use((_req, res) => {
    res.status(404).json(NOT_FOUND);
  });
  app.use(jsonErrors(log));

  return {
    app,
    httpServer,
    async close() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

const errorBody = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  ({ errors: [{ message, extensions: { code, ...extensions } }] });
const NOT_FOUND = errorBody('Not found.', 'NOT_FOUND');

// body-parser's refusals (its `type`) in words a client can act on, with its status
const BODY_ERRORS: Record<string, { status: number; message: (error: { limit?: number }) => string }> = {
  'entity.parse.failed': { status: 400, message: () => 'The request body is not valid JSON.' },
  'charset.unsupported': { status: 415, message: () => 'The request body must be JSON in UTF-8.' },
  'encoding.unsupported': { status: 415, message: () => 'The Content-Encoding of the request body is not supported.' },
  'entity.too.large': {
    status: 413,
    message: (e) => `The request body is larger than ${e.limit ? sizeText(e.limit) : 'allowed'}.`,
  },
  'request.aborted': { status: 400, message: () => 'The request was aborted.' },
  'request.size.invalid': { status: 400, message: () => 'The request body does not match its Content-Length.' },
};

/**
 * Express's error handler, installed after every route: whatever a middleware throws (the JSON body
 * parser, the static files, Apollo's integration) is answered as a GraphQL JSON error. Express's own
 * page is HTML and, unless NODE_ENV is production, shows the stack with file paths. A refused request
 * (4xx) keeps its status with BAD_REQUEST; anything else is a 500 with a request id, its detail only
 * in the server's log, as formatError does for resolvers.
 */
export function jsonErrors(log: (line: string) => void): express.ErrorRequestHandler {
  return (error, req, res, next) => {
    // a response already under way cannot become another one: Express ends the connection
    if (res.headersSent) return next(error);
    const known = typeof error?.type === 'string' ? BODY_ERRORS[error.type] : undefined;
    const status = known?.status ?? (error?.status ?? error?.statusCode);
    if (status === 404) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      // http-errors' own messages may quote the request (a path, a file): the status's name says enough
      const message = known ? known.message(error) : `${http.STATUS_CODES[status] ?? 'Bad Request'}.`;
      res.status(status).json(errorBody(message, 'BAD_REQUEST'));
      return;
    }
    const requestId = randomUUID();
    log(`[${requestId}] ${req.method} ${req.path}: ${errorDetail(error)}`);
    res.status(500).json(errorBody(`Internal server error. Quote request id ${requestId} when reporting it.`, 'INTERNAL_SERVER_ERROR', { requestId }));
  };
}

export function listen(server: ChorusServer, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(port, host, () => resolve((server.httpServer.address() as { port: number }).port));
  });
}
