import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination';

export enum NotificationType {
  IDEA_COMMENT = 'IDEA_COMMENT',
  IDEA_STATUS = 'IDEA_STATUS',
  MENTION = 'MENTION',
  ACTION_ASSIGNED = 'ACTION_ASSIGNED',
  FEATURE_SHIPPED = 'FEATURE_SHIPPED',
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
}

@ObjectType('Notification', { description: 'Something that happened to the viewer; worded by the portal from these fields.' })
export class NotificationObject {
  @Field(() => ID) id: number;
  @Field(() => NotificationType) type: NotificationType;
  @Field(() => Date) createdAt: Date;
  @Field(() => Boolean) read: boolean;
  @Field(() => String, { nullable: true, description: 'who did it' }) actorName: string | null;
  @Field(() => String, { nullable: true, description: 'the idea, action item or feature request it is about' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'IDEA_STATUS: the new status' }) status: string | null;
  @Field(() => String, { nullable: true, description: 'IDEA_STATUS to DECLINED: why' }) reason: string | null;
  @Field(() => ID, { nullable: true }) ideaId: number | null;
  @Field(() => ID, { nullable: true }) feedbackId: number | null;
  @Field(() => ID, { nullable: true }) actionItemId: number | null;
  @Field(() => ID, { nullable: true }) featureRequestId: number | null;
  /** IDEA_COMMENT, MENTION: the comment it is about (on the idea when ideaId is set, else on the feedback) */
  commentId: number | null;
}

export const NotificationConnection = Connection('Notification', NotificationObject);
