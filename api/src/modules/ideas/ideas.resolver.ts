import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';
import { FeedbackType } from '../feedback/feedback.type';
import { DepartmentType, UserType } from '../org/org.type';
import { commentOnIdea, listComments } from './comments.service';
import { EditIdeaInput, IdeaFilter, IdeaSort, PostIdeaInput } from './ideas.inputs';
import { isAuthor, mayChangeStatus, mayModerate, nextStatuses } from './ideas.policy';
import { editIdea, getIdea, listIdeas, postIdea, previewMarkdown, vote } from './ideas.service';
import { IdeaCommentConnection, IdeaConnection, IdeaStatus, IdeaStatusChangeType, IdeaType } from './ideas.type';
import { hideIdea, setIdeaStatus } from './status.service';
import { parseId } from '../../shared/ids';

@Resolver(() => IdeaType)
export class IdeaResolver {
  @Query(() => IdeaConnection, { description: 'The ideas forum; TOP (most votes) unless ordered otherwise.' })
  ideas(
    @Ctx() ctx: Context,
    @Arg('filter', () => IdeaFilter, { nullable: true }) filter?: IdeaFilter,
    @Arg('orderBy', () => IdeaSort, { nullable: true, defaultValue: IdeaSort.TOP }) orderBy?: IdeaSort,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listIdeas(ctx, { filter, orderBy, first, after });
  }

  @Query(() => IdeaType, { nullable: true })
  idea(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getIdea(ctx, parseId(id, 'id'));
  }

  @Query(() => String, { description: 'Markdown rendered and sanitised exactly as bodyHtml is (the editor’s preview).' })
  renderMarkdown(@Arg('markdown', () => String) markdown: string, @Ctx() ctx: Context) {
    return previewMarkdown(ctx, markdown);
  }

  @Mutation(() => IdeaType)
  postIdea(@Arg('input', () => PostIdeaInput) input: PostIdeaInput, @Ctx() ctx: Context) {
    return postIdea(ctx, input);
  }

  @Mutation(() => IdeaType, { description: 'The author only; the earlier title and body are kept.' })
  editIdea(@Arg('input', () => EditIdeaInput) input: EditIdeaInput, @Ctx() ctx: Context) {
    return editIdea(ctx, input);
  }

  @Mutation(() => IdeaType, { description: 'Idempotent: one vote per person.' })
  voteIdea(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return vote(ctx, id, true);
  }

  @Mutation(() => IdeaType)
  unvoteIdea(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return vote(ctx, id, false);
  }

  @Mutation(() => IdeaType)
  commentOnIdea(@Arg('id', () => ID) id: string, @Arg('body', () => String) body: string, @Ctx() ctx: Context) {
    return commentOnIdea(ctx, id, body);
  }

  @Mutation(() => IdeaType, { description: "A LEAD of the idea's department or an ADMIN; DECLINED needs a reason." })
  setIdeaStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => IdeaStatus) status: IdeaStatus,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return setIdeaStatus(ctx, id, status, reason);
  }

  @Mutation(() => IdeaType, { description: 'ADMIN: hides an abusive idea from everyone else (recorded in the audit log).' })
  hideIdea(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return hideIdea(ctx, id, reason);
  }

  @FieldResolver(() => UserType)
  author(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(idea.authorId);
  }

  @FieldResolver(() => DepartmentType)
  department(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return ctx.loaders.departmentById.load(idea.departmentId);
  }

  @FieldResolver(() => IdeaCommentConnection, { description: 'oldest first' })
  comments(
    @Root() idea: IdeaType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listComments(ctx, idea, { first, after });
  }

  @FieldResolver(() => [FeedbackType], { description: 'the feedback given as evidence' })
  feedback(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByIdeaId.load(idea.id);
  }

  @FieldResolver(() => [IdeaStatusChangeType], { description: 'oldest first; the first entry is the posting' })
  timeline(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return ctx.loaders.timelineByIdeaId.load(idea.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return isAuthor(requireViewer(ctx), idea);
  }

  @FieldResolver(() => Boolean)
  viewerCanChangeStatus(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return mayChangeStatus(requireViewer(ctx), idea);
  }

  @FieldResolver(() => Boolean)
  viewerCanModerate(@Ctx() ctx: Context) {
    return mayModerate(requireViewer(ctx));
  }

  @FieldResolver(() => [IdeaStatus], { description: 'where the viewer may move the idea next' })
  allowedStatuses(@Root() idea: IdeaType, @Ctx() ctx: Context) {
    return mayChangeStatus(requireViewer(ctx), idea) ? nextStatuses(idea.status) : [];
  }
}

@Resolver(() => IdeaStatusChangeType)
export class IdeaStatusChangeResolver {
  @FieldResolver(() => UserType)
  changedBy(@Root() change: IdeaStatusChangeType, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(change.changedById);
  }
}
