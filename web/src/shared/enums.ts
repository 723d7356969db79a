// Every enum value the portal shows, in display order. Typed against the generated schema types so
// a renamed or removed value fails the type check.
import type {
  ActionStatus,
  Category,
  FeatureRequestStatus,
  Channel,
  FeedbackKind,
  IdeaStatus,
  LoopStatus,
  NotificationType,
  NpsGroup,
  Priority,
  Role,
  Segment,
  Sentiment,
  SurveyType,
} from '@/gql/graphql';

export const CHANNELS: readonly Channel[] = [
  'SURVEY_EMAIL',
  'SURVEY_SMS',
  'SURVEY_WEB',
  'SURVEY_IN_APP',
  'PHONE_INTERVIEW',
  'SUPPORT_TICKET',
  'REVIEW',
  'SOCIAL',
  'COMMUNITY',
  'USAGE',
];
export const KINDS: readonly FeedbackKind[] = ['DIRECT', 'INDIRECT', 'DERIVED'];
export const CATEGORIES: readonly Category[] = ['PRAISE', 'COMPLAINT', 'BUG', 'FEATURE_REQUEST', 'QUESTION', 'OTHER'];
export const NPS_GROUPS: readonly NpsGroup[] = ['PROMOTER', 'PASSIVE', 'DETRACTOR'];
export const SENTIMENTS: readonly Sentiment[] = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
export const SEGMENTS: readonly Segment[] = ['ENTERPRISE', 'MID_MARKET', 'SMB'];
export const LOOP_STATUSES: readonly LoopStatus[] = ['OPEN', 'IN_PROGRESS', 'CLOSED', 'NOT_NEEDED'];
export const ROLES: readonly Role[] = ['EMPLOYEE', 'LEAD', 'EXECUTIVE', 'ADMIN'];
export const SURVEY_TYPES: readonly SurveyType[] = ['RELATIONAL', 'TRANSACTIONAL', 'IN_THE_MOMENT'];
/** In the order an idea moves through them; DECLINED can follow any open one. */
export const IDEA_STATUSES: readonly IdeaStatus[] = ['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED'];
/** In the order a request moves through them; DECLINED can follow any open one. */
export const FEATURE_REQUEST_STATUSES: readonly FeatureRequestStatus[] = ['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED'];
export const ACTION_STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'WONT_DO'];
export const PRIORITIES: readonly Priority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const NOTIFICATION_TYPES: readonly NotificationType[] = ['IDEA_STATUS', 'IDEA_COMMENT', 'MENTION', 'ACTION_ASSIGNED', 'FEATURE_SHIPPED', 'FEATURE_STATUS'];

/** The i18n namespace (`enums.<name>.<VALUE>`) of each enum. */
export type EnumName =
  | 'channel'
  | 'kind'
  | 'category'
  | 'npsGroup'
  | 'sentiment'
  | 'segment'
  | 'loopStatus'
  | 'role'
  | 'surveyType'
  | 'ideaStatus'
  | 'featureRequestStatus'
  | 'actionStatus'
  | 'priority';

export const ENUM_VALUES: Record<EnumName, readonly string[]> = {
  channel: CHANNELS,
  kind: KINDS,
  category: CATEGORIES,
  npsGroup: NPS_GROUPS,
  sentiment: SENTIMENTS,
  segment: SEGMENTS,
  loopStatus: LOOP_STATUSES,
  role: ROLES,
  surveyType: SURVEY_TYPES,
  ideaStatus: IDEA_STATUSES,
  featureRequestStatus: FEATURE_REQUEST_STATUSES,
  actionStatus: ACTION_STATUSES,
  priority: PRIORITIES,
};
