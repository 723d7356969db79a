// Phase 3: the ideas forum (ideas, votes, comments, the status timeline each department's lead
// writes, feedback given as evidence), action items made from ideas, notifications about all this,
// and a few shared saved views.
import { RENDER_VERSION, renderMarkdown } from '../derived/markdown';
import { copyRows, type CopyValue } from './copy';
import type { FeedbackStats } from './feedback-phase';
import { ideaBody, IDEAS, type IdeaSpec, type IdeaStatus } from './ideas-data';
import type { Refs, SeedContext, SeededUser } from './model';
import { Random } from './random';
import { instantInQuarter, maxId } from './reference';
import { DAY, HOUR, MINUTE } from './time';
import { BANKS } from './verbatims/index';

export interface IdeaStats {
  ideas: number;
  ideaVotes: number;
  ideaComments: number;
  ideaStatusChanges: number;
  ideaFeedback: number;
  ideaActionItems: number;
  notifications: number;
  savedViews: number;
}

const PATH: Record<IdeaStatus, IdeaStatus[]> = {
  NEW: [],
  UNDER_REVIEW: ['UNDER_REVIEW'],
  ACCEPTED: ['UNDER_REVIEW', 'ACCEPTED'],
  IN_PROGRESS: ['UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS'],
  IMPLEMENTED: ['UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED'],
  DECLINED: ['UNDER_REVIEW', 'DECLINED'],
};

/** How long ago (in days) an idea with this status was typically posted. */
const AGE: Record<IdeaStatus, [number, number]> = {
  NEW: [2, 60],
  UNDER_REVIEW: [20, 220],
  ACCEPTED: [45, 420],
  IN_PROGRESS: [70, 520],
  IMPLEMENTED: [150, 740],
  DECLINED: [30, 700],
};

/** How many colleagues typically vote for an idea with this status. */
const POPULARITY: Record<IdeaStatus, number> = { NEW: 4, UNDER_REVIEW: 9, ACCEPTED: 13, IN_PROGRESS: 13, IMPLEMENTED: 15, DECLINED: 6 };

function reasonFor(status: IdeaStatus, idea: IdeaSpec, rng: Random): string | null {
  const reasons = BANKS[idea.lang].ideaReasons;
  switch (status) {
    case 'DECLINED': return rng.pick(reasons.declined);
    case 'UNDER_REVIEW': return rng.chance(0.5) ? rng.pick(reasons.underReview) : null;
    case 'ACCEPTED': return rng.chance(0.7) ? rng.pick(reasons.accepted) : null;
    case 'IN_PROGRESS': return rng.chance(0.5) ? rng.pick(reasons.inProgress) : null;
    case 'IMPLEMENTED': return rng.chance(0.8) ? rng.pick(reasons.implemented) : null;
    default: return null;
  }
}

/** Evidence: feedback on the idea's theme from the 120 days before it was posted, found by id range. */
async function evidence(ctx: SeedContext, refs: Refs, stats: FeedbackStats, idea: IdeaSpec, postedAt: number, rng: Random): Promise<number[]> {
  if (!idea.theme) return [];
  const { days } = ctx.calendar;
  const dayIndex = Math.min(days.length - 1, Math.max(0, Math.floor((postedAt - ctx.calendar.start) / DAY)));
  const lo = stats.dayFirstId[Math.max(0, dayIndex - 120)];
  const hi = stats.dayFirstId[dayIndex];
  if (lo === undefined || hi === undefined || hi <= lo) return [];
  const rows = await ctx.sql<{ id: string }[]>`
    select ft.feedback_id::text as id from feedback_themes ft join feedback f on f.id = ft.feedback_id
    where ft.theme_id = ${refs.themes.get(idea.theme)!} and ft.feedback_id >= ${lo} and ft.feedback_id < ${hi}
      and f.sentiment = 'NEGATIVE'
    order by ft.feedback_id limit 300`;
  return rng.sample(rows.map((r) => Number(r.id)), rng.int(1, 4));
}

export async function seedIdeas(ctx: SeedContext, refs: Refs, stats: FeedbackStats): Promise<IdeaStats> {
  const rng = Random.derive(ctx.seed, 'ideas');
  const { calendar } = ctx;
  const now = calendar.now;
  const iso = (ms: number) => new Date(ms).toISOString();
  const ids = {
    idea: await maxId(ctx, 'ideas'),
    comment: await maxId(ctx, 'idea_comments'),
    change: await maxId(ctx, 'idea_status_changes'),
    action: await maxId(ctx, 'action_items'),
    view: await maxId(ctx, 'saved_views'),
  };
  let notificationId = Math.max(stats.nextNotificationId, (await maxId(ctx, 'notifications')) + 1);
  const employees = refs.users.filter((u) => u.role === 'EMPLOYEE' || u.role === 'LEAD');
  const demoEmployee = refs.users.find((u) => u.email === 'employee@chorus.demo')!;
  const rows = {
    ideas: [] as CopyValue[][], votes: [] as CopyValue[][], comments: [] as CopyValue[][], changes: [] as CopyValue[][],
    evidence: [] as CopyValue[][], actions: [] as CopyValue[][], notifications: [] as CopyValue[][],
  };
  const notify = (user: SeededUser, type: string, payload: Record<string, unknown>, at: number) => {
    const read = now - at > 3 * DAY && rng.chance(0.65) ? iso(Math.min(now - HOUR, at + rng.int(1, 72) * HOUR)) : null;
    rows.notifications.push([notificationId++, user.id, type, JSON.stringify(payload), read, iso(at)]);
  };

  for (const idea of IDEAS) {
    const id = ++ids.idea;
    const lead = refs.leads.get(idea.department)!;
    // written by a colleague who writes in the idea's language, rarely the deciding lead
    const pool = employees.filter((u) => (idea.lang === 'en' || u.locale === idea.lang) && u.id !== lead.id);
    const author = idea.byDemoEmployee ? demoEmployee : rng.pick(pool.length ? pool : employees);
    const [minAge, maxAge] = AGE[idea.status];
    const postedAt = idea.quarter !== undefined
      ? instantInQuarter(calendar, idea.quarter, idea.postedDay ?? rng.int(20, 60), rng)
      : Math.max(calendar.start + rng.int(1, 20) * DAY, now - rng.int(minAge, maxAge) * DAY - rng.int(8, 16) * HOUR);
    // an idea the story dates is done on its day; the others' changes spread up to yesterday
    const doneAt = idea.quarter !== undefined && idea.doneDay !== undefined ? instantInQuarter(calendar, idea.quarter, idea.doneDay, rng) : null;

    // the status timeline: each change by the department's lead, spread between posting and yesterday
    const path = PATH[idea.status];
    const span = doneAt !== null ? doneAt - postedAt : Math.max(path.length * 2 * DAY, now - DAY - postedAt);
    const fractions = path.map(() => rng.float(0.04, 0.92)).sort((a, b) => a - b);
    if (doneAt !== null) fractions[fractions.length - 1] = 1;
    let from: IdeaStatus = 'NEW';
    let lastAt = postedAt;
    let lastReason: string | null = null;
    const changes: { to: IdeaStatus; at: number }[] = [];
    // the posting opens the timeline, as it does when the API posts an idea
    rows.changes.push([++ids.change, id, null, 'NEW', null, author.id, iso(postedAt)]);
    path.forEach((to, i) => {
      const at = Math.min(now - HOUR, Math.max(lastAt + DAY, postedAt + fractions[i] * span));
      lastReason = reasonFor(to, idea, rng);
      rows.changes.push([++ids.change, id, from, to, lastReason, lead.id, iso(at)]);
      changes.push({ to, at });
      from = to;
      lastAt = at;
    });
    const body = ideaBody(idea);
    rows.ideas.push([id, idea.title, body, renderMarkdown(body), RENDER_VERSION, refs.departments.get(idea.department)!, idea.category, author.id,
      idea.status, lastReason, idea.lang, iso(postedAt), iso(lastAt)]);

    // votes: one per person, most in the first weeks
    const voteCount = Math.min(employees.length, Math.round(POPULARITY[idea.status] * rng.logNormal(1, 0.55)));
    const voters = rng.sample(refs.users.filter((u) => u.id !== author.id), voteCount);
    if (rng.chance(0.7)) voters.push(author);
    for (const voter of voters) rows.votes.push([id, voter.id, iso(Math.min(now - HOUR, postedAt + rng.logNormal(4, 1.1) * DAY))]);

    // comments, in the idea's language mostly
    const commentCount = Math.min(8, Math.round(voteCount / 3.5 * rng.float(0.3, 1.4)));
    const commentTimes = Array.from({ length: commentCount }, () => Math.min(now - HOUR, postedAt + rng.logNormal(6, 1) * DAY)).sort((a, b) => a - b);
    for (const at of commentTimes) {
      const commenter = rng.pick(refs.users);
      const lang = rng.chance(0.8) ? idea.lang : commenter.locale;
      const commentId = ++ids.comment;
      const commentBody = rng.pick(BANKS[lang].ideaComments);
      rows.comments.push([commentId, id, commenter.id, commentBody, renderMarkdown(commentBody), RENDER_VERSION, iso(at), iso(at)]);
      if (commenter.id !== author.id && now - at < 30 * DAY) notify(author, 'IDEA_COMMENT', { ideaId: id, commentId, title: idea.title, by: commenter.name }, at + MINUTE);
    }

    // the author and the voters hear about recent status changes
    for (const change of changes) {
      if (now - change.at > 60 * DAY) continue;
      for (const user of new Set([author, ...voters])) {
        if (user.id !== lead.id) notify(user, 'IDEA_STATUS', { ideaId: id, title: idea.title, status: change.to, by: lead.name }, change.at + MINUTE);
      }
    }

    for (const feedbackId of await evidence(ctx, refs, stats, idea, postedAt, rng)) rows.evidence.push([id, feedbackId]);

    // accepted ideas in progress or done become action items in their department
    if (idea.status === 'IN_PROGRESS' || idea.status === 'IMPLEMENTED') {
      const started = changes.find((c) => c.to === 'IN_PROGRESS')!.at;
      const done = changes.find((c) => c.to === 'IMPLEMENTED')?.at ?? null;
      const team = refs.members.get(idea.department) ?? [lead];
      const assignee = rng.pick(team);
      rows.actions.push([++ids.action, done ? 3 : 2, idea.title, idea.problem, done ? 'DONE' : 'IN_PROGRESS', 'NORMAL', id, assignee.id,
        refs.departments.get(idea.department)!, lead.id, iso(started), iso(done ?? started), iso(started + 30 * DAY), done ? iso(done) : null]);
    }
  }

  await copyRows(ctx.sql, 'ideas', ['id', 'title', 'body', 'body_html', 'html_version', 'department_id', 'category', 'author_id', 'status', 'status_reason', 'language', 'created_at', 'updated_at'], rows.ideas);
  await copyRows(ctx.sql, 'idea_status_changes', ['id', 'idea_id', 'from_status', 'to_status', 'reason', 'changed_by_id', 'created_at'], rows.changes);
  await copyRows(ctx.sql, 'idea_votes', ['idea_id', 'user_id', 'created_at'], rows.votes);
  await copyRows(ctx.sql, 'idea_comments', ['id', 'idea_id', 'author_id', 'body', 'body_html', 'html_version', 'created_at', 'updated_at'], rows.comments);
  await copyRows(ctx.sql, 'idea_feedback', ['idea_id', 'feedback_id'], rows.evidence);
  await copyRows(ctx.sql, 'action_items', ['id', 'version', 'title', 'description', 'status', 'priority', 'idea_id', 'assignee_id', 'department_id',
    'created_by_id', 'created_at', 'updated_at', 'due_at', 'resolved_at'], rows.actions);
  await copyRows(ctx.sql, 'notifications', ['id', 'user_id', 'type', 'payload', 'read_at', 'created_at'], rows.notifications);
  const savedViews = await seedSavedViews(ctx, refs, ids.view);
  return {
    ideas: rows.ideas.length,
    ideaVotes: rows.votes.length,
    ideaComments: rows.comments.length,
    ideaStatusChanges: rows.changes.length,
    ideaFeedback: rows.evidence.length,
    ideaActionItems: rows.actions.length,
    notifications: rows.notifications.length,
    savedViews,
  };
}

/** A few shared views of the feedback hub, as the API's FeedbackFilter input (JSON). */
async function seedSavedViews(ctx: SeedContext, refs: Refs, base: number): Promise<number> {
  const lead = (d: Parameters<Refs['leads']['get']>[0]) => refs.leads.get(d)!.id;
  const exec = refs.users.find((u) => u.role === 'EXECUTIVE')!.id;
  const views: [number, string, object][] = [
    [lead('Operations'), 'Västra Götaland – delivery complaints', { regions: ['Västra Götaland'], categories: ['COMPLAINT'] }],
    [exec, 'Enterprise detractors', { segments: ['ENTERPRISE'], npsGroups: ['DETRACTOR'] }],
    [lead('Product'), 'Feature requests', { categories: ['FEATURE_REQUEST'] }],
    [lead('Support'), 'Open follow-ups', { loopStatuses: ['OPEN', 'IN_PROGRESS'] }],
    [lead('Marketing'), 'Reviews and social', { channels: ['REVIEW', 'SOCIAL'] }],
  ];
  const created = new Date(ctx.calendar.now - 90 * DAY).toISOString();
  await copyRows(ctx.sql, 'saved_views', ['id', 'owner_id', 'name', 'filter', 'shared', 'created_at'],
    views.map(([owner, name, filter], i) => [base + i + 1, owner, name, JSON.stringify(filter), true, created]));
  return views.length;
}
