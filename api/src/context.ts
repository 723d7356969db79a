// What every resolver receives: who is asking, the database, and this request's DataLoaders.
// (reflect-metadata first: the loaders pull in type-graphql classes, whose decorators need it.)
import 'reflect-metadata';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type postgres from 'postgres';
import type { Db, DbHandle } from '@chorus/db';
import type { Config } from './config';
import type { Viewer } from './shared/auth';
import { actionLoaders } from './modules/actions/actions.loaders';
import { catalogLoaders } from './modules/catalog/catalog.loaders';
import { customerLoaders } from './modules/customers/customers.loaders';
import { featureRequestLoaders } from './modules/feature-requests/feature-requests.loaders';
import { feedbackLoaders } from './modules/feedback/feedback.loaders';
import { ideaLoaders } from './modules/ideas/ideas.loaders';
import { orgLoaders } from './modules/org/org.loaders';
import { viewerFromRequest } from './modules/session/session.service';

export const createLoaders = (db: Db, viewer: Viewer | null, config: Pick<Config, 'timeZone'>) => ({
  ...orgLoaders(db),
  ...catalogLoaders(db),
  ...customerLoaders(db),
  ...feedbackLoaders(db, viewer),
  ...ideaLoaders(db, viewer),
  ...actionLoaders(db),
  ...featureRequestLoaders(db, viewer, config.timeZone),
});
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  req: Request;
  res: Response;
  config: Config;
  db: Db;
  /** the raw postgres.js client, for bulk statements */
  sql: postgres.Sql;
  viewer: Viewer | null;
  /** hash of the session token this request came with, to end it on sign-out */
  sessionTokenHash: string | null;
  loaders: Loaders;
}

type Session = Awaited<ReturnType<typeof viewerFromRequest>>;

/** The session withSession looked up for this request (undefined when it has not run). */
export const sessionOf = (res: Response): Session | undefined => res.locals.chorusSession as Session | undefined;

/**
 * Looks up the request's session before its body is read, so the body limit can depend on who is
 * asking (server.ts); the context then reuses it instead of asking the database again.
 */
export function withSession(handle: DbHandle, config: Config): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    viewerFromRequest(handle.db, config, req).then((session) => {
      res.locals.chorusSession = session;
      next();
    }, next);
  };
}

/** A request's context, from the session withSession found for it (server.ts runs it first). */
export function buildContext(deps: { db: Db; sql: postgres.Sql; config: Config }, req: Request, res: Response): Context {
  const session = sessionOf(res);
  if (session === undefined) throw new Error('withSession must run before the GraphQL context is built');
  return {
    req,
    res,
    ...deps,
    viewer: session?.viewer ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    loaders: createLoaders(deps.db, session?.viewer ?? null, deps.config),
  };
}
