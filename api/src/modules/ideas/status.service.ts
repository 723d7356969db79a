// Decisions on ideas, in the open: the status workflow with its timeline, and moderation.
import { and, eq, sql } from 'drizzle-orm';
import { ideaStatusChanges, ideaVotes, ideas } from '@chorus/db/schema';
import type { Context } from '../../context';
import { audit } from '../../shared/audit';
import { authorize, requireViewer } from '../../shared/auth';
import { badInput, forbidden } from '../../shared/errors';
import { FieldErrors } from '../../shared/validate';
import { notify } from '../notifications/notifications.service';
import { findIdea, getIdea } from './ideas.service';
import { LIMITS, mayChangeStatus, mayModerate, nextStatuses } from './ideas.policy';
import type { IdeaStatus, IdeaType } from './ideas.type';

const notAllowed = (from: IdeaStatus, to: IdeaStatus) =>
  badInput({ status: `An idea that is ${from} cannot move to ${to}.` }, { status: { code: 'STATUS_NOT_ALLOWED', from, to } });

export async function setIdeaStatus(ctx: Context, idArg: string, status: IdeaStatus, reasonArg: string | null | undefined): Promise<IdeaType> {
  const viewer = requireViewer(ctx);
  const idea = await findIdea(ctx, idArg);
  if (!mayChangeStatus(viewer, idea)) throw forbidden("Only a lead of the idea's department or an admin can change its status.");
  const errors = new FieldErrors();
  const reason = errors.text(reasonArg, 'reason', { max: LIMITS.reason });
  if (status === 'DECLINED' && !reason) errors.add('reason', 'Say why the idea is declined.', { code: 'DECLINE_REASON_REQUIRED' });
  errors.throwIfAny();
  if (!nextStatuses(idea.status).includes(status)) throw notAllowed(idea.status, status);

  await ctx.db.transaction(async (tx) => {
    // the row lock makes two leads deciding at once take turns, each from the status the other left
    const [current] = await tx.select({ status: ideas.status }).from(ideas).where(eq(ideas.id, idea.id)).for('update');
    if (!nextStatuses(current.status).includes(status)) throw notAllowed(current.status, status);
    await tx.update(ideas).set({ status, statusReason: reason, updatedAt: sql`now()` }).where(eq(ideas.id, idea.id));
    await tx.insert(ideaStatusChanges).values({ ideaId: idea.id, fromStatus: current.status, toStatus: status, reason, changedById: viewer.id });
    const voters = await tx.select({ userId: ideaVotes.userId }).from(ideaVotes).where(eq(ideaVotes.ideaId, idea.id));
    await notify(tx, [idea.authorId, ...voters.map((v) => v.userId)], 'IDEA_STATUS', {
      by: viewer.name, byId: viewer.id, ideaId: idea.id, title: idea.title, status, ...(reason ? { reason } : {}),
    });
  });
  return (await getIdea(ctx, idea.id))!;
}

export async function hideIdea(ctx: Context, idArg: string, reasonArg: string): Promise<IdeaType> {
  const viewer = authorize(ctx, mayModerate);
  const idea = await findIdea(ctx, idArg);
  const errors = new FieldErrors();
  const reason = errors.text(reasonArg, 'reason', { max: LIMITS.reason, required: true });
  errors.throwIfAny();
  await ctx.db.transaction(async (tx) => {
    await tx.update(ideas).set({ hiddenAt: sql`now()`, hiddenReason: reason, hiddenById: viewer.id })
      .where(and(eq(ideas.id, idea.id)));
    await audit(tx, { actorId: viewer.id, action: 'HIDE_IDEA', entityType: 'idea', entityId: idea.id, detail: { reason, title: idea.title } });
  });
  return (await getIdea(ctx, idea.id))!;
}
