// Phase 2: the feedback itself, streamed into PostgreSQL with COPY in chunks. Each chunk's items are
// generated while they stream (so Node and PostgreSQL work at the same time), and the rows that
// reference them (themes, action items, follow-ups, links, comments) are COPYed right after the chunk
// commits, on a second connection while the next chunk streams. Memory stays bounded by the chunk.
import { MASK_VERSION, maskedOrNull } from '../derived/mask';
import { RENDER_VERSION, renderMarkdown } from '../derived/markdown';
import { copyInto, copyLine, LineBuffer } from './copy';
import { createdAt, ItemFactory, type Item, type RecoveryPlan } from './item';
import { LoopPlanner, type ActionPlan } from './loop';
import { IdCounter, type Refs, type SeedContext, type SeededUser } from './model';
import { Random, WeightedTable } from './random';
import { maxId } from './reference';
import { planDays, type Stream } from './streams';
import { DAY, HOUR } from './time';
import { fill } from './verbatims/compose';
import { BANKS } from './verbatims/index';

const FEEDBACK_COLUMNS = [
  'id', 'source', 'external_id', 'received_at', 'channel', 'kind', 'category', 'customer_id', 'contact_id', 'product_id',
  'survey_id', 'department_id', 'nps_score', 'csat_score', 'ces_score', 'repurchase_score', 'cross_buy_score', 'text',
  'text_masked', 'text_mask_version', 'language', 'sentiment', 'loop_status', 'created_at',
] as const;

/** Items per COPY statement; the dependants of one chunk are held in memory until it commits. */
const CHUNK = 50_000;
/** Items generated between two writes to the socket. */
const BATCH = 1_000;

const iso = (ms: number) => new Date(ms).toISOString();

class Dependents {
  readonly themes = new LineBuffer('feedback_themes', ['feedback_id', 'theme_id']);
  readonly links = new LineBuffer('feature_request_feedback', ['feature_request_id', 'feedback_id', 'linked_by_id', 'linked_at']);
  readonly actions = new LineBuffer('action_items', [
    'id', 'version', 'title', 'description', 'status', 'priority', 'feedback_id', 'assignee_id', 'department_id', 'created_by_id',
    'sla_policy_id', 'created_at', 'updated_at', 'due_at', 'first_response_at', 'resolved_at',
  ]);
  readonly followUps = new LineBuffer('follow_ups', ['id', 'action_item_id', 'author_id', 'contacted_customer', 'channel', 'note', 'created_at']);
  readonly comments = new LineBuffer('feedback_comments', ['id', 'feedback_id', 'author_id', 'body', 'body_html', 'html_version', 'created_at']);
  readonly notifications = new LineBuffer('notifications', ['id', 'user_id', 'type', 'payload', 'read_at', 'created_at']);

  /** In foreign-key order: follow-ups need their action items. */
  async flush(ctx: SeedContext): Promise<void> {
    for (const buffer of [this.themes, this.links, this.actions, this.followUps, this.comments, this.notifications]) await buffer.flush(ctx.sql);
  }
}

export interface FeedbackStats {
  feedback: number;
  feedbackThemes: number;
  actionItems: number;
  followUps: number;
  featureRequestLinks: number;
  feedbackComments: number;
  notifications: number;
  recoveries: number;
  surveyInvitations: number;
  /** the first feedback id of each day: lets later phases find a day's feedback by id range */
  dayFirstId: number[];
  /** the next free notification id */
  nextNotificationId: number;
}

export async function seedFeedback(ctx: SeedContext, refs: Refs, total: number): Promise<FeedbackStats> {
  const { calendar } = ctx;
  const now = calendar.now;
  const { streams, days } = planDays(calendar, refs.surveys, total, ctx.seed);
  const factory = new ItemFactory(refs, calendar, Random.derive(ctx.seed, 'feedback'));
  const ids = {
    feedback: new IdCounter((await maxId(ctx, 'feedback')) + 1),
    action: new IdCounter((await maxId(ctx, 'action_items')) + 1),
    followUp: new IdCounter((await maxId(ctx, 'follow_ups')) + 1),
    comment: new IdCounter((await maxId(ctx, 'feedback_comments')) + 1),
    notification: new IdCounter((await maxId(ctx, 'notifications')) + 1),
  };
  const planner = new LoopPlanner(refs, calendar, Random.derive(ctx.seed, 'loop'), ids);
  const extra = Random.derive(ctx.seed, 'feedback-extras');
  // its own stream, so who links what never shifts the draws that shape the feedback
  const linking = Random.derive(ctx.seed, 'feature-request-links');
  const recoveries = new Map<number, RecoveryPlan[]>();
  const responses = new Int32Array(refs.surveys.length * days.length);
  const dayFirstId: number[] = [];
  const stats = { feedbackThemes: 0, actionItems: 0, followUps: 0, featureRequestLinks: 0, feedbackComments: 0, notifications: 0, recoveries: 0 };
  const productTeam = refs.members.get('Product')!;
  const sales = refs.members.get('Sales')!;

  /** Every item in order, day by day; recoveries planned by earlier items are emitted on their day. */
  function* items(): Generator<Item> {
    let emitted = 0;
    let debt = 0;
    for (const plan of days) {
      dayFirstId[plan.day.index] = ids.feedback.peek();
      const due = recoveries.get(plan.day.index) ?? [];
      recoveries.delete(plan.day.index);
      for (const recovery of due) {
        if (emitted >= total) return;
        stats.recoveries++;
        emitted++;
        yield factory.makeRecovery(plan.day, recovery, ids.feedback.take());
      }
      // recoveries count against the day's volume so the total stays exact
      const regular = Math.max(0, plan.count - due.length - debt);
      debt = Math.max(0, debt + due.length + regular - plan.count);
      const table = regular > 0 ? new WeightedTable<Stream>(streams, Array.from(plan.weights)) : null;
      for (let i = 0; i < regular; i++) {
        if (emitted >= total) return;
        emitted++;
        yield factory.make(plan.day, table!.pick(extra), ids.feedback.take());
      }
    }
  }

  function notify(deps: Dependents, user: SeededUser, type: string, payload: Record<string, unknown>, at: number): void {
    const read = now - at > 2 * DAY && extra.chance(0.6) ? iso(Math.min(now - HOUR, at + extra.int(1, 48) * HOUR)) : null;
    deps.notifications.push([ids.notification.take(), user.id, type, JSON.stringify(payload), read, iso(at)]);
    stats.notifications++;
  }

  function writeAction(deps: Dependents, item: Item, action: ActionPlan): void {
    deps.actions.push([
      action.id, action.version, action.title, action.description, action.status, action.priority, item.id, action.assignee.id,
      refs.departments.get(action.department)!, action.createdBy.id, action.slaPolicyId, iso(action.createdAt), iso(action.updatedAt),
      iso(action.dueAt), action.firstResponseAt === null ? null : iso(action.firstResponseAt), action.resolvedAt === null ? null : iso(action.resolvedAt),
    ]);
    stats.actionItems++;
    for (const f of action.followUps) {
      deps.followUps.push([f.id, action.id, f.author.id, f.contacted, f.channel, f.note, iso(f.at)]);
      stats.followUps++;
    }
    if (action.assignee.id !== action.createdBy.id && now - action.createdAt < 14 * DAY) {
      notify(deps, action.assignee, 'ACTION_ASSIGNED', { actionItemId: action.id, feedbackId: item.id, title: action.title, by: action.createdBy.name }, action.createdAt);
    }
  }

  /** A colleague's remark on a few items, sometimes @mentioning the department's lead. */
  function writeComment(deps: Dependents, item: Item): void {
    const at = item.receivedAt + extra.int(1, 72) * HOUR;
    if (at >= now) return;
    const team = refs.members.get(item.department) ?? refs.users;
    const author = extra.pick(team);
    const lead = refs.leads.get(item.department);
    const mention = lead && lead.id !== author.id ? lead : null;
    const bank = BANKS[author.locale];
    const templates = mention ? bank.feedbackComments : bank.feedbackComments.filter((t) => !t.includes('{mention}'));
    const body = fill(extra.pick(templates), {
      ...item.values, lang: author.locale, mention: mention?.name ?? '', customer: item.customer?.name ?? '',
      theme: bank.themeLabels[item.themes[0] ?? 'support_quality'],
    });
    const id = ids.comment.take();
    deps.comments.push([id, item.id, author.id, body, renderMarkdown(body), RENDER_VERSION, iso(at)]);
    stats.feedbackComments++;
    if (mention && body.includes(`@${mention.name}`) && now - at < 30 * DAY) {
      notify(deps, mention, 'MENTION', { feedbackId: item.id, commentId: id, by: author.name }, at);
    }
  }

  /** The feedback row; everything that hangs off it goes to `deps`. */
  function line(item: Item, deps: Dependents): string {
    const loop = planner.plan(item);
    factory.rememberLoop(item, loop.action?.firstResponseAt != null);
    if (loop.recovery) {
      const list = recoveries.get(loop.recovery.dayIndex) ?? [];
      list.push(loop.recovery.plan);
      recoveries.set(loop.recovery.dayIndex, list);
    }
    if (item.survey) responses[item.survey.index * days.length + item.day.index]++;
    for (const theme of item.themes) {
      deps.themes.push([item.id, refs.themes.get(theme)!]);
      stats.feedbackThemes++;
    }
    if (item.featureRequest && extra.chance(0.88)) {
      const fr = item.featureRequest;
      const linkedAt = Math.max(item.receivedAt + extra.int(2, 96) * HOUR, fr.createdAt + extra.int(1, 48) * HOUR);
      if (linkedAt < now) {
        // the product team links most; an enterprise account's seller links what the account asks for
        let linker = extra.chance(0.4) ? refs.leads.get('Product')! : extra.pick(productTeam);
        if (item.customer?.segment === 'ENTERPRISE' && linking.chance(0.2)) linker = linking.pick(sales);
        deps.links.push([fr.linkTo, item.id, linker.id, iso(linkedAt)]);
        stats.featureRequestLinks++;
        if (fr.alsoLinkTo !== null && linking.chance(0.2)) {
          const again = linkedAt + linking.int(1, 72) * HOUR;
          if (again < now) {
            deps.links.push([fr.alsoLinkTo, item.id, linking.pick(productTeam).id, iso(again)]);
            stats.featureRequestLinks++;
          }
        }
      }
    }
    if (loop.action) writeAction(deps, item, loop.action);
    if (item.text && extra.chance(loop.action ? 0.01 : 0.002)) writeComment(deps, item);
    return copyLine([
      item.id, item.source, item.externalId, iso(item.receivedAt), item.channel, item.kind, item.category,
      item.customer?.id ?? null, item.contact?.id ?? null, refs.products.get(item.product)!, item.survey?.id ?? null,
      refs.departments.get(item.department)!, item.nps, item.csat, item.ces, item.repurchase, item.crossBuy, item.text,
      maskedOrNull(item.text), MASK_VERSION, item.language, item.sentiment, loop.loopStatus, iso(createdAt(item, extra)),
    ]);
  }

  const source = items();
  const firstId = ids.feedback.peek();
  let exhausted = false;
  async function* chunk(deps: Dependents): AsyncGenerator<string> {
    let inChunk = 0;
    while (inChunk < CHUNK && !exhausted) {
      let text = '';
      for (let i = 0; i < BATCH && inChunk < CHUNK; i++) {
        const next = source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        text += line(next.value, deps);
        inChunk++;
      }
      if (text) yield text;
      ctx.progress(ids.feedback.peek() - firstId, total, 'Feedback');
    }
  }

  let dependents: Promise<void> = Promise.resolve();
  while (!exhausted) {
    const deps = new Dependents();
    await copyInto(ctx.sql, 'feedback', FEEDBACK_COLUMNS, chunk(deps));
    if (ctx.parallel) {
      dependents = dependents.then(() => deps.flush(ctx));
      // observed here so a failure waits for the final await instead of crashing the process
      dependents.catch(() => {});
    } else {
      await deps.flush(ctx);
    }
  }
  await dependents;

  const invitations = await seedInvitations(ctx, refs, days.map((d) => d.day), responses);
  return {
    feedback: ids.feedback.peek() - firstId,
    ...stats,
    surveyInvitations: invitations,
    dayFirstId,
    nextNotificationId: ids.notification.peek(),
  };
}

/**
 * Invitations per survey and day, sized so each survey's response rate sits at its usual level
 * (15–45 %), improving slowly over the window as the programme learns to ask better.
 */
async function seedInvitations(ctx: SeedContext, refs: Refs, days: SeedContext['calendar']['days'], responses: Int32Array): Promise<number> {
  const rng = Random.derive(ctx.seed, 'invitations');
  const rows: string[] = [];
  for (const survey of refs.surveys) {
    for (const day of days) {
      const answered = responses[survey.index * days.length + day.index];
      const rate = survey.spec.responseRate * (0.9 + 0.2 * day.progress) * rng.float(0.85, 1.15);
      if (answered === 0) continue;
      rows.push(copyLine([survey.id, day.key, Math.max(answered, Math.round(answered / rate))]));
    }
  }
  await copyInto(ctx.sql, 'survey_invitations', ['survey_id', 'sent_on', 'count'], [rows.join('')]);
  return rows.length;
}
