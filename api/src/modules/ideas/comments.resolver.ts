import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireViewer } from '../../shared/auth';
import { UserType } from '../org/org.type';
import { editComment, hideComment } from './comments.service';
import { isAuthor } from './ideas.policy';
import { IdeaCommentType } from './ideas.type';

@Resolver(() => IdeaCommentType)
export class IdeaCommentResolver {
  @Mutation(() => IdeaCommentType, { description: 'The author only; the earlier text is kept.' })
  editIdeaComment(@Arg('id', () => ID) id: string, @Arg('body', () => String) body: string, @Ctx() ctx: Context) {
    return editComment(ctx, id, body);
  }

  @Mutation(() => IdeaCommentType, { description: 'ADMIN: hides an abusive comment from everyone else (recorded in the audit log).' })
  hideIdeaComment(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return hideComment(ctx, id, reason);
  }

  @FieldResolver(() => UserType)
  author(@Root() comment: IdeaCommentType, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(comment.authorId);
  }

  @FieldResolver(() => Boolean)
  viewerCanEdit(@Root() comment: IdeaCommentType, @Ctx() ctx: Context) {
    return isAuthor(requireViewer(ctx), comment);
  }
}
