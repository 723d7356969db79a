// Phase 4: what came of the feature requests customers asked for. The demo employee's own links, the
// "tell the customers" follow-ups after a request shipped, and "you asked, we did": every status change
// notifies everyone involved with the feedback linked to the request at the time. It runs last, because
// the rule reads links, ideas and action items that the earlier phases wrote.
import type { DepartmentName } from './catalog';
import { copyRows, type CopyValue } from './copy';
import type { Refs, SeedContext, SeededFeatureRequest, SeededUser } from './model';
import { Random } from './random';
import { maxId } from './reference';
import { addBusinessHours, DAY, HOUR, MINUTE } from './time';
import type { Lang } from './verbatims/types';

export interface FeatureRequestStats {
  featureRequestNotifications: number;
  customerFollowUpItems: number;
  customerFollowUps: number;
}

/**
 * Requests the demo employee (Sales) linked her accounts' feedback to, none of them shipped: shipping
 * one in the portal sends her a "you asked, we did".
 */
export const DEMO_EMPLOYEE_REQUESTS = ['Department reference on every invoice', 'Invoice specification as an Excel file'] as const;

/** What the assignee logs after telling a customer, in the assignee's language; {who} is the account. */
const NOTES: Record<Lang, { email: string[]; phone: string[]; unreachable: string[] }> = {
  en: {
    email: ['Emailed {who} that the feature they asked for is live, with a link to the release notes.', 'Wrote to {who}: what they asked for has shipped. They replied with thanks.'],
    phone: ['Called {who} and told them the feature they asked for is live. They will try it this week.', 'Told {who} on the phone that it has shipped; they were pleased and want a short demo.'],
    unreachable: ['Tried to reach {who} twice without an answer; they will read about it in the next newsletter.'],
  },
  nb: {
    email: ['Sendte e-post til {who} om at funksjonen de ba om nå er lansert, med lenke til utgivelsesnotatene.', 'Skrev til {who} at det de ba om er på plass. De svarte med takk.'],
    phone: ['Ringte {who} og fortalte at funksjonen de ba om nå er på plass. De tester den denne uken.', 'Fortalte {who} på telefon at det er lansert; de var fornøyde og vil ha en kort demo.'],
    unreachable: ['Prøvde å nå {who} to ganger uten svar; de får vite det i neste nyhetsbrev.'],
  },
  sv: {
    email: ['Mejlade {who} att funktionen de efterfrågade nu är lanserad, med en länk till releaseanteckningarna.', 'Skrev till {who} att det de bad om finns nu. De svarade och tackade.'],
    phone: ['Ringde {who} och berättade att funktionen de bad om nu finns. De testar den den här veckan.', 'Berättade för {who} i telefon att den är lanserad; de var nöjda och vill ha en kort demo.'],
    unreachable: ['Försökte nå {who} två gånger utan svar; de får veta det i nästa nyhetsbrev.'],
  },
};

export async function seedFeatureRequestOutcomes(ctx: SeedContext, refs: Refs): Promise<FeatureRequestStats> {
  const rng = Random.derive(ctx.seed, 'feature-request-outcomes');
  await linkForDemoEmployee(ctx, refs);
  const told = await tellTheCustomers(ctx, refs, rng);
  const notifications = await youAskedWeDid(ctx, rng);
  return { featureRequestNotifications: notifications, ...told };
}

/** The demo employee hears her accounts ask in meetings and links the latest of what they said. */
async function linkForDemoEmployee(ctx: SeedContext, refs: Refs): Promise<void> {
  const employee = refs.users.find((u) => u.email === 'employee@chorus.demo')!;
  for (const title of DEMO_EMPLOYEE_REQUESTS) {
    const fr = refs.featureRequests.find((f) => f.spec.title === title)!;
    await ctx.sql`update feature_request_feedback set linked_by_id = ${employee.id}
      where feature_request_id = ${fr.linkTo} and feedback_id in (select feedback_id from feature_request_feedback
        where feature_request_id = ${fr.linkTo} order by linked_at desc, feedback_id desc limit 2)`;
  }
}

/**
 * A few working days after a request shipped, the product lead makes one follow-up item per customer
 * who asked, on that customer's latest linked feedback, for the LEAD of the department it is routed to;
 * the LEADs tell them within days. The latest shipment's customers have not been told yet.
 */
async function tellTheCustomers(ctx: SeedContext, refs: Refs, rng: Random): Promise<Omit<FeatureRequestStats, 'featureRequestNotifications'>> {
  const { calendar } = ctx;
  const now = calendar.now;
  const iso = (ms: number) => new Date(ms).toISOString();
  const productLead = refs.leads.get('Product')!;
  const departmentNames = new Map([...refs.departments].map(([name, id]) => [id, name]));
  let actionId = await maxId(ctx, 'action_items');
  let followUpId = await maxId(ctx, 'follow_ups');
  const actions: CopyValue[][] = [];
  const followUps: CopyValue[][] = [];
  const shipped = refs.featureRequests.filter((f): f is SeededFeatureRequest & { shippedAt: number } =>
    f.shippedAt !== null && f.mergedAt === null && f.spec.customersTold !== false);
  for (const fr of shipped) {
    const pressedAt = addBusinessHours(fr.shippedAt, rng.int(4, 40), calendar.zone);
    if (pressedAt >= now - HOUR) continue;
    const asked = await ctx.sql<{ feedback: number; department: number; customer: string; who: string }[]>`
      -- notes and titles name the account, never the contact: a contact's name is personal data, and
      -- action items are read by everyone
      select distinct on (l.customer_id) l.feedback_id::int as feedback, f.department_id::int as department, c.name as customer,
        c.name as who
      from feature_request_feedback l join feedback f on f.id = l.feedback_id join customers c on c.id = l.customer_id
      where l.feature_request_id = ${fr.id} and l.linked_at <= ${iso(pressedAt)}::timestamptz
      order by l.customer_id, l.received_at desc, l.feedback_id desc`;
    for (const a of asked) {
      const assignee: SeededUser = refs.leads.get(departmentNames.get(a.department) as DepartmentName) ?? productLead;
      const contactAt = addBusinessHours(pressedAt, Math.min(60, rng.logNormal(14, 0.8)), calendar.zone);
      const reached = rng.chance(0.88);
      const status = contactAt >= now ? 'OPEN' : reached ? 'DONE' : 'WONT_DO';
      const id = ++actionId;
      if (status !== 'OPEN') {
        const notes = NOTES[assignee.locale];
        const channel = reached ? (rng.chance(0.45) ? 'phone' : 'email') : null;
        const note = rng.pick(channel ? notes[channel] : notes.unreachable).replace('{who}', a.who);
        followUps.push([++followUpId, id, assignee.id, reached, channel, note, iso(contactAt)]);
      }
      const done = status === 'DONE' ? iso(contactAt) : null;
      actions.push([id, status === 'OPEN' ? 1 : 3, `Tell ${a.customer} that ${fr.spec.title} shipped`, null, status, 'NORMAL', a.feedback, assignee.id,
        a.department, productLead.id, iso(pressedAt), iso(status === 'OPEN' ? pressedAt : contactAt), iso(pressedAt + 14 * DAY), done, done, fr.id]);
    }
  }
  await copyRows(ctx.sql, 'action_items', ['id', 'version', 'title', 'description', 'status', 'priority', 'feedback_id', 'assignee_id', 'department_id',
    'created_by_id', 'created_at', 'updated_at', 'due_at', 'first_response_at', 'resolved_at', 'feature_request_id'], actions);
  await copyRows(ctx.sql, 'follow_ups', ['id', 'action_item_id', 'author_id', 'contacted_customer', 'channel', 'note', 'created_at'], followUps);
  // the loop status follows the action items, as the API keeps it (api-contract.md)
  await ctx.sql`update feedback f set loop_status = case
      when not exists (select 1 from action_items a where a.feedback_id = f.id and a.status in ('OPEN', 'IN_PROGRESS')) then 'CLOSED'
      when exists (select 1 from action_items a where a.feedback_id = f.id and a.first_response_at is not null) then 'IN_PROGRESS'
      else 'OPEN' end::loop_status
    where f.id in (select feedback_id from action_items where feature_request_id is not null)`;
  return { customerFollowUpItems: actions.length, customerFollowUps: followUps.length };
}

/**
 * "You asked, we did" (api-contract.md): a status change notifies whoever linked feedback to the request,
 * the authors of ideas citing that feedback, the assignees of action items on it and the LEADs of the
 * departments it is routed to, each once and never the one who made the change; all as the data stood
 * at the change (the API's rule, status.service.ts `concerned`, acts on the data as it is now: the seed
 * replays history, so it asks what was linked, posted and assigned by then). Most older notifications
 * have been read by now.
 */
async function youAskedWeDid(ctx: SeedContext, rng: Random): Promise<number> {
  const now = ctx.calendar.now;
  const iso = (ms: number) => new Date(ms).toISOString();
  const recipients = await ctx.sql<{ change: number; user: number; request: number; title: string; status: string; note: string | null; by: string; by_id: number; at: number }[]>`
    with changes as (
      select c.id, c.feature_request_id, c.changed_by_id, c.created_at from feature_request_status_changes c where c.from_status is not null
    ), asked as (
      select ch.id as change_id, ch.changed_by_id, ch.created_at as at, l.feedback_id, l.linked_by_id
      from changes ch join feature_request_feedback l on l.feature_request_id = ch.feature_request_id and l.linked_at <= ch.created_at
    ), involved as (
      select change_id, changed_by_id, linked_by_id as user_id from asked
      union select a.change_id, a.changed_by_id, i.author_id from asked a join idea_feedback x on x.feedback_id = a.feedback_id
        join ideas i on i.id = x.idea_id where i.created_at <= a.at
      union select a.change_id, a.changed_by_id, ai.assignee_id from asked a join action_items ai on ai.feedback_id = a.feedback_id
        where ai.created_at <= a.at
      union select a.change_id, a.changed_by_id, u.id from asked a join feedback f on f.id = a.feedback_id
        join users u on u.department_id = f.department_id and u.role = 'LEAD'
    )
    select v.change_id::int as change, v.user_id::int as user, c.feature_request_id::int as request, fr.title, c.to_status as status, c.note,
      u.name as by, u.id::int as by_id, (extract(epoch from c.created_at) * 1000)::float8 as at
    from involved v join feature_request_status_changes c on c.id = v.change_id join feature_requests fr on fr.id = c.feature_request_id
      join users u on u.id = c.changed_by_id
    where v.user_id is not null and v.user_id <> v.changed_by_id
    order by v.change_id, v.user_id`;
  let id = await maxId(ctx, 'notifications');
  const rows = recipients.map((r) => {
    const at = r.at + rng.int(1, 20) * 1_000;
    const read = now - at > 7 * DAY && rng.chance(0.85) ? iso(at + rng.int(2, 48) * HOUR + rng.int(0, 59) * MINUTE) : null;
    const payload = { by: r.by, byId: r.by_id, featureRequestId: r.request, title: r.title, status: r.status, ...(r.note === null ? {} : { reason: r.note }) };
    return [++id, r.user, r.status === 'SHIPPED' ? 'FEATURE_SHIPPED' : 'FEATURE_STATUS', JSON.stringify(payload), read, iso(at)];
  });
  await copyRows(ctx.sql, 'notifications', ['id', 'user_id', 'type', 'payload', 'read_at', 'created_at'], rows);
  return rows.length;
}
