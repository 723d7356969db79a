import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ideaStatusEnum } from '@chorus/db/schema';
import { graphqlEnum } from '../../shared/enums';
import { Connection } from '../../shared/pagination';

export const IdeaStatus = graphqlEnum('IdeaStatus', ideaStatusEnum.enumValues);
export type IdeaStatus = keyof typeof IdeaStatus;

/** An idea row as services hand it to resolvers; vote state and counts come with it from one query. */
@ObjectType('Idea')
export class IdeaType {
  @Field(() => ID) id: number;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'markdown as written' }) body: string;
  @Field(() => String, { description: 'the body as sanitised HTML, rendered when it was written' }) bodyHtml: string;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => IdeaStatus) status: IdeaStatus;
  @Field(() => String, { nullable: true, description: 'why it was declined, or a note on the latest status change' }) statusReason: string | null;
  @Field(() => Int) votes: number;
  @Field(() => Boolean) viewerHasVoted: boolean;
  @Field(() => Int, { description: 'comments the viewer can see' }) commentCount: number;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Boolean, { description: 'the title or body was edited after posting' }) edited: boolean;
  @Field(() => Boolean, { description: 'hidden by an ADMIN: only ADMINs ever see it' }) hidden: boolean;
  @Field(() => String, { nullable: true }) hiddenReason: string | null;
  authorId: number;
  departmentId: number;
}

@ObjectType('IdeaStatusChange')
export class IdeaStatusChangeType {
  @Field(() => ID) id: number;
  @Field(() => IdeaStatus, { nullable: true, description: 'null for the posting itself' }) fromStatus: IdeaStatus | null;
  @Field(() => IdeaStatus) toStatus: IdeaStatus;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date) createdAt: Date;
  changedById: number;
}

@ObjectType('IdeaComment')
export class IdeaCommentType {
  @Field(() => ID) id: number;
  @Field(() => String, { description: 'markdown as written' }) body: string;
  @Field(() => String, { description: 'the body as sanitised HTML, rendered when it was written' }) bodyHtml: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Boolean) edited: boolean;
  @Field(() => Boolean) hidden: boolean;
  @Field(() => String, { nullable: true }) hiddenReason: string | null;
  ideaId: number;
  authorId: number;
}

export const IdeaConnection = Connection('Idea', IdeaType);
export const IdeaCommentConnection = Connection('IdeaComment', IdeaCommentType);
