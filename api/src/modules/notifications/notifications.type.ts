import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination';

export enum NotificationType {
  IDEA_COMMENT = 'IDEA_COMMENT',
  IDEA_STATUS = 'IDEA_STATUS',
  MENTION = 'MENTION',
  ACTION_ASSIGNED = 'ACTION_ASSIGNED',
  /** a feature request shipped: "you asked, we did" (everyone linked to it, api-contract.md) */
  FEATURE_SHIPPED = 'FEATURE_SHIPPED',
  /** a feature request moved to another status (planned, in progress, declined…): the same people */
  FEATURE_STATUS = 'FEATURE_STATUS',
  /** an item passed its due time without a first response (its assignee, its department's LEADs) */
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  /** still unanswered a day after that: now URGENT (the ADMINs, the assignee, the LEADs) */
  ACTION_ESCALATED = 'ACTION_ESCALATED',
  /** a LEAD's morning digest of the department's overdue, unassigned and waiting work */
  DEPARTMENT_DIGEST = 'DEPARTMENT_DIGEST',
}
registerEnumType(NotificationType, { name: 'NotificationType' });

/** What a notification's payload holds; the portal words it in the reader's language. */
export interface NotificationPayload {
  by?: string;
  byId?: number;
  title?: string;
  status?: string;
  reason?: string;
  ideaId?: number;
  commentId?: number;
  feedbackId?: number;
  actionItemId?: number;
  featureRequestId?: number;
  departmentId?: number;
  overdueCount?: number;
  unassignedCount?: number;
  waitingCount?: number;
}

@ObjectType('Notification', { description: 'Something that happened to the viewer; worded by the portal from these fields.' })
export class NotificationObject {
  @Field(() => ID) id: number;
  @Field(() => NotificationType) type: NotificationType;
  @Field(() => Date) createdAt: Date;
  @Field(() => Boolean) read: boolean;
  @Field(() => String, { nullable: true, description: 'who did it' }) actorName: string | null;
  @Field(() => String, { nullable: true, description: 'the idea, action item or feature request it is about' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'IDEA_STATUS, FEATURE_STATUS, FEATURE_SHIPPED: the new status' }) status: string | null;
  @Field(() => String, { nullable: true, description: 'IDEA_STATUS to DECLINED: why; FEATURE_STATUS, FEATURE_SHIPPED: the note' }) reason: string | null;
  @Field(() => ID, { nullable: true }) ideaId: number | null;
  @Field(() => ID, { nullable: true }) feedbackId: number | null;
  @Field(() => ID, { nullable: true }) actionItemId: number | null;
  @Field(() => ID, { nullable: true }) featureRequestId: number | null;
  @Field(() => ID, { nullable: true, description: 'DEPARTMENT_DIGEST: the department (its name is the title)' }) departmentId: number | null;
  @Field(() => Int, { nullable: true, description: 'DEPARTMENT_DIGEST: open items past their due time without a first response' }) overdueCount: number | null;
  @Field(() => Int, { nullable: true, description: 'DEPARTMENT_DIGEST: open items nobody is assigned to' }) unassignedCount: number | null;
  @Field(() => Int, { nullable: true, description: 'DEPARTMENT_DIGEST: feedback in the follow-up queue (no action item yet)' }) waitingCount: number | null;
  /** IDEA_COMMENT, MENTION: the comment it is about (on the idea when ideaId is set, else on the feedback) */
  commentId: number | null;
}

export const NotificationConnection = Connection('Notification', NotificationObject);
