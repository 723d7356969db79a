import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ActionItemResolver, FollowUpResolver } from './modules/actions/actions.resolver';
import { FeedbackActionItemsResolver, IdeaActionItemsResolver } from './modules/actions/embedded.resolver';
import { CatalogResolver } from './modules/catalog/catalog.resolver';
import { CustomerResolver } from './modules/customers/customers.resolver';
import {
  FeatureRequestAskerResolver, FeatureRequestResolver, FeatureRequestStatusChangeResolver, FeedbackFeatureRequestsResolver,
} from './modules/feature-requests/feature-requests.resolver';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { IdeaCommentResolver } from './modules/ideas/comments.resolver';
import { IdeaResolver, IdeaStatusChangeResolver } from './modules/ideas/ideas.resolver';
import { IngestResolver } from './modules/ingest/ingest.resolver';
import { NotificationResolver } from './modules/notifications/notifications.resolver';
import { DepartmentResolver, UserResolver } from './modules/org/org.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { TrendResolver } from './modules/trends/trends.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  SessionResolver,
  UserResolver,
  DepartmentResolver,
  CatalogResolver,
  CustomerResolver,
  FeedbackResolver,
  IngestResolver,
  IdeaResolver,
  IdeaStatusChangeResolver,
  IdeaCommentResolver,
  ActionItemResolver,
  FollowUpResolver,
  IdeaActionItemsResolver,
  FeedbackActionItemsResolver,
  NotificationResolver,
  TrendResolver,
  FeatureRequestResolver,
  FeatureRequestStatusChangeResolver,
  FeatureRequestAskerResolver,
  FeedbackFeatureRequestsResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql's metadata is global). */
export function chorusSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  return built;
}
