// Every query and mutation of the API, as every kind of viewer. The table below holds one row per
// operation of the schema: its document, fresh variables, and what each viewer gets (allowed, FORBIDDEN,
// or the restricted view of a read). An operation added to the schema without a row fails here, and so
// does a row whose operation is gone. A second table walks every path that returns a customer contact
// and checks, for every viewer, that it comes back masked exactly when product.md says, that typed-in
// emails and phone numbers in the verbatim follow it, and that every unmasked sight is in the audit log.
import { getNamedType, isObjectType, Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withMaskedText } from '@chorus/db';
import { contacts, feedback, notifications } from '@chorus/db/schema';
import { chorusSchema } from './schema';
import { assign, PASSWORD } from './testing/scenario';
import { startHarness, type Client, type GqlResponse, type Harness } from './testing/harness';

let h: Harness;
// built before the tests are collected: the table's rows become tests of their own
const schema: GraphQLSchema = await chorusSchema();

/** The viewers every row is tried as: one per role, a LEAD of another department, and an assignee. */
const VIEWERS = ['admin', 'leadSupport', 'leadProduct', 'employee', 'exec', 'agent'] as const;
type Who = (typeof VIEWERS)[number];
const EMAIL: Record<Who, string> = {
  admin: 'admin@test.dev',
  leadSupport: 'lead.support@test.dev', // LEAD of Support, where `support` feedback and the ideas are routed
  leadProduct: 'lead.product@test.dev', // LEAD of Product: "another department" wherever that matters
  employee: 'employee@test.dev', // EMPLOYEE of Sales; assignee of a DONE action item on `support` feedback
  exec: 'exec@test.dev',
  agent: 'agent.support@test.dev', // EMPLOYEE of Support, assignee of an OPEN action item on `support` feedback
};
const clients = {} as Record<Who, Client>;
const userId = {} as Record<Who, number>;

// ── fixtures ────────────────────────────────────────────────────────────────────────────────────────

/** Customer contacts, and the personal data of theirs that must never appear where it is masked. */
const KARI = { name: 'Kari Nordmann', email: 'kari@acme.no', phone: '+47 912 34 567' };
const OLA = { name: 'Ola Svensson', email: 'ola@fjord.se', phone: '+46 70 123 45 67' };
const PEOPLE = [KARI, OLA];

interface FeedbackFixture { id: number; contact: typeof KARI | null; text: string; hasPii: boolean; sees: Who[] }
/** The feedback of this file, by id, with who may see its contact: product.md's rule written out by hand. */
const FEEDBACK = new Map<number, FeedbackFixture>();
let f = {} as { support: number; sales: number; product: number; productPii: number };
let evidenceIdea: string;
let hiddenIdea: string;
/** a feature request asked for by the feedback with contacts (Support's and Product's), shipped */
let askedRequest: string;

const POST_IDEA = `mutation($input: PostIdeaInput!) { postIdea(input: $input) { id } }`;
async function postIdea(title: string, feedbackIds: number[] = []): Promise<string> {
  const r = await clients.employee.gql(POST_IDEA, { input: {
    title, body: 'Body', departmentId: String(h.scenario.departments.support.id), feedbackIds: feedbackIds.map(String),
  } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.postIdea.id;
}
async function commentBy(who: Who, ideaId: string): Promise<string> {
  const r = await clients[who].gql(`mutation($id: ID!) { commentOnIdea(id: $id, body: "A comment") { id } }`, { id: ideaId });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const [{ id }] = await h.database.sql`select id from idea_comments where idea_id = ${ideaId} order by id desc limit 1`;
  return String(id);
}
let serial = 0;
const unique = (what: string) => `${what} ${++serial}`;

/** A feature request made in SQL (so no viewer's try depends on another's), linked to feedback. */
async function featureRequest(title: string, status = 'UNDER_REVIEW', feedbackIds: number[] = [f.sales]): Promise<string> {
  const [row] = await h.database.sql`insert into feature_requests (title, product_id, status) values (${unique(title)}, ${h.scenario.products.app.id}, ${status}) returning id`;
  for (const id of feedbackIds) await h.database.sql`insert into feature_request_feedback (feature_request_id, feedback_id) values (${row.id}, ${id})`;
  return String(row.id);
}
const requestState = async (id: string) => (await h.database.sql`select status, merged_into_id,
  (select count(*)::int from feature_request_feedback l where l.feature_request_id = r.id) as links,
  (select count(*)::int from action_items a where a.feature_request_id = r.id) as follow_ups from feature_requests r where id = ${id}`)[0];

/** A fresh open action item of Support's on Support's feedback, assigned to the Support agent. */
async function supportItem(): Promise<string> {
  const [row] = await h.database.sql`insert into action_items (title, feedback_id, assignee_id, department_id)
    values (${unique('Support work')}, ${f.support}, ${userId.agent}, ${h.scenario.departments.support.id}) returning id`;
  return String(row.id);
}

beforeAll(async () => {
  h = await startHarness();
  const s = h.scenario;
  await Promise.all(VIEWERS.map(async (who) => { clients[who] = await h.as(EMAIL[who]); }));
  for (const who of VIEWERS) userId[who] = Number(Object.values(s.users).find((u) => u.email === EMAIL[who])!.id);

  // a second contact, on feedback routed to Product whose verbatim carries their email and phone
  const [ola] = await h.db.insert(contacts).values({ customerId: s.customers.fjord.id, ...OLA, dedupeKey: OLA.email }).returning();
  const rows: (typeof feedback.$inferInsert)[] = [{
    source: 'authz', externalId: 'pii', receivedAt: new Date(Date.UTC(2026, 5, 5, 12)), channel: 'SUPPORT_TICKET', kind: 'INDIRECT',
    category: 'COMPLAINT', text: `Ring mig på ${OLA.phone} eller skriv till ${OLA.email}.`, language: 'sv', sentiment: 'NEGATIVE',
    customerId: s.customers.fjord.id, contactId: ola.id, departmentId: s.departments.product.id,
  }];
  // …and a recent complaint of Ola's waiting in Product's follow-up queue
  rows.push({ ...rows[0], externalId: 'waiting', receivedAt: new Date(Date.now() - 86_400_000), text: 'Still no answer from you.' });
  const [pii, waiting] = await h.db.insert(feedback).values(withMaskedText(rows)).returning();
  const [support, sales, product] = s.feedback;
  f = { support: support.id, sales: sales.id, product: product.id, productPii: pii.id };
  FEEDBACK.set(support.id, { id: support.id, contact: KARI, text: support.text!, hasPii: true, sees: ['admin', 'leadSupport', 'agent'] });
  FEEDBACK.set(sales.id, { id: sales.id, contact: null, text: sales.text!, hasPii: false, sees: ['admin', 'leadSupport', 'leadProduct', 'employee', 'exec', 'agent'] });
  FEEDBACK.set(product.id, { id: product.id, contact: KARI, text: product.text!, hasPii: false, sees: ['admin', 'leadProduct'] });
  FEEDBACK.set(pii.id, { id: pii.id, contact: OLA, text: pii.text!, hasPii: true, sees: ['admin', 'leadProduct'] });
  FEEDBACK.set(waiting.id, { id: waiting.id, contact: OLA, text: waiting.text!, hasPii: false, sees: ['admin', 'leadProduct'] });

  // the assignee of an open action item sees the contact; one whose item is done no longer does
  await assign(h.db, f.support, userId.agent, 'OPEN');
  await assign(h.db, f.support, userId.employee, 'DONE');

  // an accepted Support idea with evidence from two departments, and an action item on it and its feedback
  evidenceIdea = await postIdea('Evidence from two departments', [f.support, f.productPii]);
  await clients.leadSupport.gql(`mutation($id: ID!) { setIdeaStatus(id: $id, status: ACCEPTED) { id } }`, { id: evidenceIdea });
  await h.database.sql`insert into action_items (title, idea_id, feedback_id) values ('On the idea and its feedback', ${evidenceIdea}, ${f.support})`;

  askedRequest = await featureRequest('Asked for by customers with contacts', 'SHIPPED', [f.support, f.productPii, f.sales]);

  hiddenIdea = await postIdea('Hidden by an admin');
  await clients.admin.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "Abusive") { id } }`, { id: hiddenIdea });

  // one unread notification for everyone, so that reading another's would show
  await h.db.insert(notifications).values(VIEWERS.map((who) => ({ userId: userId[who], type: 'MENTION', payload: { by: 'Someone', title: `For ${who}` } })));
});
afterAll(async () => { await h.close(); });

// ── the operation table ─────────────────────────────────────────────────────────────────────────────

/** What a viewer gets: allowed (no error at all; a read may still be the restricted view), or FORBIDDEN (and nothing changed). */
type Outcome = 'ok' | 'FORBIDDEN';
type Subject = Who | 'anonymous';

interface Row {
  query: string;
  /** fresh variables for each viewer's try (mutations change what they act on) */
  variables?: (who: Subject) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** every viewer's outcome */
  expect: Record<Who, Outcome>;
  /** the restricted view of a read, or what an allowed mutation did, checked for every viewer allowed */
  check?: (r: GqlResponse, who: Who, variables: Record<string, unknown>) => unknown;
  /** what a refused call must leave as it was (read before and after it) */
  state?: (variables: Record<string, unknown>) => Promise<unknown>;
  /** signed out, the answer is UNAUTHENTICATED unless this says otherwise */
  anonymous?: 'ok' | 'null';
  /** sign in afresh for this row (signing out ends the session) */
  freshSession?: boolean;
}

const everyone = (outcome: Outcome = 'ok') => Object.fromEntries(VIEWERS.map((w) => [w, outcome])) as Record<Who, Outcome>;
const only = (...allowed: Who[]) => Object.fromEntries(VIEWERS.map((w) => [w, allowed.includes(w) ? 'ok' : 'FORBIDDEN'])) as Record<Who, Outcome>;

const CONTACT = `id text contact { name email phone masked }`;
const ideaStatus = async (v: Record<string, unknown>) => (await h.database.sql`select status, hidden_at from ideas where id = ${v.id as string}`)[0];
const commentState = async (v: Record<string, unknown>) => (await h.database.sql`select body, hidden_at from idea_comments where id = ${v.id as string}`)[0];

const TABLE: Record<string, Row | Row[]> = {
  // ── Query ──
  viewer: {
    query: `{ viewer { id role } }`,
    expect: everyone(),
    anonymous: 'null',
    check: (r, who) => expect(r.data.viewer.id).toBe(String(userId[who])),
  },
  customers: { query: `{ customers { id name } }`, expect: everyone() },
  regions: { query: `{ regions }`, expect: everyone() },
  departments: { query: `{ departments { id name } }`, expect: everyone() },
  users: { query: `{ users(search: "a") { id name } }`, expect: everyone() },
  setLocale: {
    query: `mutation { setLocale(locale: sv) { id locale } }`,
    expect: everyone(),
    // one's own language, kept; nobody else's is told
    check: async (r, who) => {
      expect(r.data.setLocale.locale).toBe('sv');
      const [{ locale }] = await h.database.sql`select locale from users where id = ${userId[who]}`;
      expect(locale).toBe('sv');
      const others = await clients[who].gql(`{ users(first: 50) { id locale } }`);
      expect(others.data.users.filter((u: { id: string; locale: string | null }) => u.id !== String(userId[who]) && u.locale !== null)).toEqual([]);
    },
  },
  organisation: { query: `{ organisation { timeZone minResponses } }`, expect: everyone(), check: (r) => expect(r.data.organisation).toEqual({ timeZone: 'Europe/Oslo', minResponses: 30 }) },
  followUpQueue: [
    {
      query: `query($d: ID) { followUpQueue(departmentId: $d) { totalCount edges { node { ${CONTACT} } } } }`,
      variables: () => ({ d: String(h.scenario.departments.product.id) }),
      // the department's own people (and ADMINs): a LEAD of another department is refused
      expect: only('admin', 'leadProduct'),
      check: (r, who) => { expect(r.data.followUpQueue.totalCount).toBeGreaterThan(0); checkContacts(r, who); },
    },
    {
      // Support's, read by its EMPLOYEE too (a member, not its LEAD), with the contacts as they may see them
      query: `query($d: ID) { followUpQueue(departmentId: $d) { edges { node { ${CONTACT} } } } }`,
      variables: () => ({ d: String(h.scenario.departments.support.id) }),
      expect: only('admin', 'leadSupport', 'agent'),
      check: (r, who) => checkContacts(r, who),
    },
  ],
  products: { query: `{ products { id name } }`, expect: everyone() },
  themes: { query: `{ themes { id name } }`, expect: everyone() },
  renderMarkdown: { query: `{ renderMarkdown(markdown: "**hi**") }`, expect: everyone() },
  feedback: {
    query: `query($c: [ID!]) { feedback(filter: { customerIds: $c }, first: 100) { edges { node { ${CONTACT} } } } }`,
    variables: () => ({ c: [String(h.scenario.customers.acme.id), String(h.scenario.customers.fjord.id)] }),
    expect: everyone(),
    // everyone reads every verbatim; the contact and typed-in personal data only some
    check: (r, who) => checkContacts(r, who),
  },
  feedbackItem: {
    query: `query($id: ID!) { feedbackItem(id: $id) { ${CONTACT} } }`,
    variables: () => ({ id: String(f.support) }),
    expect: everyone(),
    check: (r, who) => checkContacts(r, who),
  },
  idea: {
    query: `query($id: ID!) { idea(id: $id) { id hidden } }`,
    variables: () => ({ id: hiddenIdea }),
    expect: everyone(),
    // a hidden idea exists only for ADMINs
    check: (r, who) => expect(r.data.idea).toEqual(who === 'admin' ? { id: hiddenIdea, hidden: true } : null),
  },
  ideas: {
    query: `{ ideas(first: 100, orderBy: NEW) { totalCount edges { node { id } } } }`,
    expect: everyone(),
    check: (r, who) => {
      expect(r.data.ideas.totalCount).toBeLessThan(100);
      expect(r.data.ideas.edges.some((e: any) => e.node.id === hiddenIdea)).toBe(who === 'admin');
    },
  },
  notifications: {
    query: `{ notifications(first: 100) { edges { node { id title } } } }`,
    expect: everyone(),
    // one's own, never another's: not even an ADMIN reads someone else's
    check: async (r, who) => {
      const own = await h.database.sql`select id from notifications where user_id = ${userId[who]}`;
      expect(r.data.notifications.edges.map((e: any) => e.node.id).sort()).toEqual(own.map((n) => String(n.id)).sort());
      expect(r.data.notifications.edges.map((e: any) => e.node.title)).toContain(`For ${who}`);
    },
  },
  unreadNotificationCount: {
    query: `{ unreadNotificationCount }`,
    expect: everyone(),
    // (no notification here is about hidden content, so the viewer's own unread ones are all counted)
    check: async (r, who) => {
      const [{ n }] = await h.database.sql`select count(*)::int as n from notifications where user_id = ${userId[who]} and read_at is null`;
      expect(r.data.unreadNotificationCount).toBe(n);
    },
  },

  featureRequests: {
    query: `{ featureRequests(first: 100, filter: { segments: [ENTERPRISE, SMB] }) { totalCount edges { node { id feedbackCount customerCount revenue } } } }`,
    // what customers ask for, and how much revenue, is shared with everyone (no contact in it)
    expect: everyone(),
    check: (r) => expect(r.data.featureRequests.totalCount).toBeGreaterThan(0),
  },
  featureRequest: {
    query: `query($id: ID!) { featureRequest(id: $id) { id customerCount } }`,
    variables: () => ({ id: askedRequest }),
    expect: everyone(),
    check: (r) => expect(r.data.featureRequest).toEqual({ id: askedRequest, customerCount: 2 }),
  },
  viewerCanManageFeatureRequests: {
    query: `{ viewerCanManageFeatureRequests }`,
    expect: everyone(),
    check: (r, who) => expect(r.data.viewerCanManageFeatureRequests).toBe(who === 'admin' || who === 'leadProduct'),
  },
  createFeatureRequest: {
    query: `mutation($input: CreateFeatureRequestInput!) { createFeatureRequest(input: $input) { id } }`,
    variables: () => ({ input: { title: unique('Only the product team files requests'), productId: String(h.scenario.products.app.id) } }),
    // a LEAD of the product team (Product) or an ADMIN: not a LEAD of another department
    expect: only('admin', 'leadProduct'),
    state: async (v) => (await h.database.sql`select count(*)::int as n from feature_requests where title = ${(v.input as { title: string }).title}`)[0].n,
  },
  linkFeedback: {
    query: `mutation($r: ID!, $f: ID!) { linkFeedback(featureRequestId: $r, feedbackId: $f) { id feedbackCount } }`,
    variables: async () => ({ r: await featureRequest('Anyone links', 'UNDER_REVIEW', []), f: String(f.support) }),
    expect: everyone(),
    check: (r) => expect(r.data.linkFeedback.feedbackCount).toBe(1),
  },
  unlinkFeedback: {
    query: `mutation($r: ID!, $f: ID!) { unlinkFeedback(featureRequestId: $r, feedbackId: $f) { id feedbackCount } }`,
    variables: async () => ({ r: await featureRequest('Anyone unlinks'), f: String(f.sales) }),
    expect: everyone(),
    check: (r) => expect(r.data.unlinkFeedback.feedbackCount).toBe(0),
  },
  mergeFeatureRequests: {
    query: `mutation($s: ID!, $t: ID!) { mergeFeatureRequests(sourceId: $s, targetId: $t) { id } }`,
    variables: async () => ({ s: await featureRequest('Duplicate'), t: await featureRequest('Original', 'UNDER_REVIEW', []) }),
    expect: only('admin', 'leadProduct'),
    state: async (v) => [await requestState(v.s as string), await requestState(v.t as string)],
  },
  setFeatureRequestStatus: {
    query: `mutation($id: ID!) { setFeatureRequestStatus(id: $id, status: PLANNED, note: "Next quarter") { id status } }`,
    variables: async () => ({ id: await featureRequest('To plan') }),
    expect: only('admin', 'leadProduct'),
    state: (v) => requestState(v.id as string),
  },
  tellFeatureRequestCustomers: {
    query: `mutation($id: ID!) { tellFeatureRequestCustomers(id: $id) { id askers { followUp { id } } } }`,
    variables: async () => ({ id: await featureRequest('Shipped, to tell', 'SHIPPED', [f.support, f.productPii]) }),
    // it hands work to other departments' LEADs: the product team's decision
    expect: only('admin', 'leadProduct'),
    check: (r) => expect(r.data.tellFeatureRequestCustomers.askers.map((a: { followUp: unknown }) => a.followUp !== null)).toEqual([true, true]),
    state: (v) => requestState(v.id as string),
  },

  // ── Mutation ──
  signIn: {
    query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
    variables: (who) => ({ e: EMAIL[who === 'anonymous' ? 'employee' : who], p: PASSWORD }),
    expect: everyone(),
    anonymous: 'ok',
    freshSession: true,
  },
  signOut: { query: `mutation { signOut }`, expect: everyone(), freshSession: true },
  postIdea: {
    query: `mutation($input: PostIdeaInput!) { postIdea(input: $input) { id author { id } } }`,
    variables: () => ({ input: { title: unique('Anyone may post'), body: 'Body', departmentId: String(h.scenario.departments.sales.id) } }),
    expect: everyone(),
    check: (r, who) => expect(r.data.postIdea.author.id).toBe(String(userId[who])),
  },
  editIdea: {
    query: `mutation($input: EditIdeaInput!) { editIdea(input: $input) { id title } }`,
    variables: async () => ({ input: { id: await postIdea(unique('Only the author edits')), title: 'Edited' } }),
    // the author alone: not an ADMIN, not the LEAD who decides on it
    expect: only('employee'),
    state: async (v) => (await h.database.sql`select title from ideas where id = ${(v.input as { id: string }).id}`)[0],
  },
  voteIdea: { query: `mutation($id: ID!) { voteIdea(id: $id) { id viewerHasVoted } }`, variables: () => ({ id: evidenceIdea }), expect: everyone() },
  unvoteIdea: { query: `mutation($id: ID!) { unvoteIdea(id: $id) { id viewerHasVoted } }`, variables: () => ({ id: evidenceIdea }), expect: everyone() },
  commentOnIdea: { query: `mutation($id: ID!) { commentOnIdea(id: $id, body: "Me too") { id } }`, variables: () => ({ id: evidenceIdea }), expect: everyone() },
  setIdeaStatus: {
    query: `mutation($id: ID!) { setIdeaStatus(id: $id, status: UNDER_REVIEW) { id status } }`,
    variables: async () => ({ id: await postIdea(unique('For Support to decide')) }),
    expect: only('admin', 'leadSupport'),
    state: ideaStatus,
  },
  hideIdea: {
    query: `mutation($id: ID!) { hideIdea(id: $id, reason: "Abusive") { id hidden } }`,
    variables: async () => ({ id: await postIdea(unique('Maybe abusive')) }),
    expect: only('admin'),
    state: ideaStatus,
  },
  editIdeaComment: {
    query: `mutation($id: ID!) { editIdeaComment(id: $id, body: "Edited") { id body } }`,
    variables: async () => ({ id: await commentBy('employee', evidenceIdea) }),
    expect: only('employee'),
    state: commentState,
  },
  hideIdeaComment: {
    query: `mutation($id: ID!) { hideIdeaComment(id: $id, reason: "Abusive") { id hidden } }`,
    variables: async () => ({ id: await commentBy('employee', evidenceIdea) }),
    expect: only('admin'),
    state: commentState,
  },
  ingestFeedback: {
    query: `mutation($input: [FeedbackInput!]!) { ingestFeedback(input: $input) { created } }`,
    variables: () => ({ input: [{
      source: 'authz', externalId: unique('row'), receivedAt: '2026-06-10T12:00:00Z', channel: 'SURVEY_WEB', npsScore: 5,
      contactEmail: 'someone@example.com', text: 'Meh',
    }] }),
    expect: only('admin'),
    state: async (v) => (await h.database.sql`select count(*)::int as n from feedback where source = 'authz'`)[0].n,
  },
  markNotificationsRead: {
    query: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
    // one of the viewer's own and one of someone else's: only the own one is marked
    variables: async (who) => {
      const me = who === 'anonymous' ? userId.employee : userId[who];
      const other = me === userId.exec ? userId.admin : userId.exec;
      const rows = await h.db.insert(notifications).values([me, other].map((u) => ({ userId: u, type: 'MENTION', payload: { title: 'Mark me' } })))
        .returning({ id: notifications.id });
      return { ids: rows.map((r) => String(r.id)) };
    },
    expect: everyone(),
    check: async (r, who, v) => {
      expect(r.data.markNotificationsRead).toBe(1);
      const rows = await h.database.sql`select user_id, read_at from notifications where id = any(${(v.ids as string[]).map(Number)}::bigint[])`;
      for (const row of rows) expect(row.read_at === null).toBe(Number(row.user_id) !== userId[who]);
    },
  },
  actionItem: {
    query: `query($id: ID!) { actionItem(id: $id) { id feedback { ${CONTACT} } } }`,
    variables: async () => ({ id: await supportItem() }),
    // everyone reads the work; the contact behind it follows its own rule
    expect: everyone(),
    check: (r, who) => checkContacts(r, who),
  },
  actionItems: {
    query: `{ actionItems(first: 100) { totalCount edges { node { id feedback { ${CONTACT} } } } } }`,
    expect: everyone(),
    check: (r, who) => { expect(r.data.actionItems.totalCount).toBeLessThan(100); checkContacts(r, who); },
  },
  responseTimes: {
    query: `{ responseTimes(groupBy: ASSIGNEE) { key } }`,
    // everyone reads response times; a colleague's own row only they, their LEAD, ADMINs and EXECUTIVEs
    expect: everyone(),
    check: async (r, who) => {
      const assignees = await h.database.sql`select distinct on (a.feedback_id) a.assignee_id, u.department_id
        from action_items a join feedback f on f.id = a.feedback_id join users u on u.id = a.assignee_id
        where (f.nps_score <= 6 or f.csat_score <= 2 or f.ces_score <= 3 or f.category in ('COMPLAINT', 'BUG'))
        order by a.feedback_id, a.created_at, a.id`;
      const me = Object.values(h.scenario.users).find((u) => u.id === userId[who])!;
      const visible = new Set(assignees.filter((a) => who === 'admin' || who === 'exec' || Number(a.assignee_id) === userId[who]
        || (me.role === 'LEAD' && Number(a.department_id) === me.departmentId)).map((a) => String(a.assignee_id)));
      expect(r.data.responseTimes.map((x: { key: string }) => x.key).sort()).toEqual([...visible].sort());
    },
  },
  trend: {
    query: `{ trend(metric: VOLUME, segmentBy: DEPARTMENT) { segment points { n } } }`,
    // sharing is the point: every role reads every trend (they hold counts, never a verbatim or contact)
    expect: everyone(),
    check: (r) => { expect(r.data.trend.length).toBeGreaterThan(0); },
  },
  themeTrends: {
    query: `{ themeTrends(first: 5) { theme { name } current previous } }`,
    expect: everyone(),
    check: (r) => { expect(Array.isArray(r.data.themeTrends)).toBe(true); },
  },
  updateActionItem: {
    query: `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id version priority feedback { ${CONTACT} } } }`,
    variables: async () => ({ input: { id: await supportItem(), version: 1, priority: 'HIGH' } }),
    // its assignee (the Support agent), a LEAD of its department, an ADMIN
    expect: only('admin', 'leadSupport', 'agent'),
    check: (r, who) => { expect(r.data.updateActionItem).toMatchObject({ version: 2, priority: 'HIGH' }); checkContacts(r, who); },
    state: async (v) => (await h.database.sql`select version, priority from action_items where id = ${(v.input as { id: string }).id}`)[0],
  },
  logFollowUp: {
    query: `mutation($input: LogFollowUpInput!) { logFollowUp(input: $input) { id firstResponseAt followUps { note } } }`,
    variables: async () => ({ input: { actionItemId: await supportItem(), contactedCustomer: true, channel: 'phone', note: 'Called' } }),
    expect: only('admin', 'leadSupport', 'agent'),
    check: (r) => expect(r.data.logFollowUp.followUps).toEqual([{ note: 'Called' }]),
    state: async (v) => (await h.database.sql`select
      (select count(*)::int from follow_ups where action_item_id = ${(v.input as { actionItemId: string }).actionItemId}) as entries,
      (select first_response_at from action_items where id = ${(v.input as { actionItemId: string }).actionItemId}) as first`)[0],
  },
  createActionItem: [
    {
      // reproduction 1: only the people of the department the feedback is routed to, or an ADMIN (and
      // the agent, of Support, may make it but not hand out its contact: no assignee here)
      query: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id feedback { ${CONTACT} } } }`,
      variables: () => ({ input: { feedbackId: String(f.support), title: unique('Call the customer') } }),
      expect: only('admin', 'leadSupport', 'agent'),
      check: (r, who) => checkContacts(r, who),
      state: async (v) => (await h.database.sql`select count(*)::int as n from action_items where title = ${(v.input as { title: string }).title}`)[0].n,
    },
    {
      // on an idea: a LEAD of the idea's department, or an ADMIN
      query: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id idea { id } } }`,
      variables: () => ({ input: { ideaId: evidenceIdea, title: unique('Do the idea') } }),
      expect: only('admin', 'leadSupport'),
      state: async (v) => (await h.database.sql`select count(*)::int as n from action_items where title = ${(v.input as { title: string }).title}`)[0].n,
    },
  ],
};

const rowsOf = (name: string): Row[] => [TABLE[name]].flat() as Row[];
const rootFields = () => [
  ...Object.keys(schema.getQueryType()!.getFields()).map((name) => ({ name, kind: 'query' as const })),
  ...Object.keys(schema.getMutationType()!.getFields()).map((name) => ({ name, kind: 'mutation' as const })),
];

describe('the operation table', () => {
  it('has a row for every query and mutation of the schema', () => {
    const missing = rootFields().map((f) => f.name).filter((name) => !(name in TABLE));
    expect(missing, 'operations without a row in the authorization table').toEqual([]);
  });

  it('names no operation the schema does not have, and each row calls the operation it is for', () => {
    const fields = new Map(rootFields().map((f) => [f.name, f.kind]));
    expect(Object.keys(TABLE).filter((name) => !fields.has(name)), 'rows for operations that do not exist').toEqual([]);
    for (const [name, rows] of Object.entries(TABLE)) for (const row of [rows].flat()) {
      const doc = parse(row.query);
      expect(validate(schema, doc), `${name}'s document`).toEqual([]);
      const op = doc.definitions[0] as OperationDefinitionNode;
      expect(op.operation, name).toBe(fields.get(name));
      expect(op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '?')), name).toEqual([name]);
    }
  });
});

describe.each(rootFields().map((f) => f.name).filter((name) => name in TABLE))('%s', (name) => {
  it.each(rowsOf(name).map((row, i) => [i, row] as const))('case %i: as each viewer, and signed out', async (_i, row) => {
    for (const who of VIEWERS) {
      const variables = (await row.variables?.(who)) ?? {};
      const client = row.freshSession ? await h.as(EMAIL[who]) : clients[who];
      const before = row.state ? await row.state(variables) : undefined;
      const r = await client.gql(row.query, variables);
      const outcome = row.expect[who];
      if (outcome === 'ok') {
        expect(r.errors, `${name} as ${who}`).toBeUndefined();
        await row.check?.(r, who, variables);
      } else {
        expect(r.errors?.map((e) => e.extensions?.code), `${name} as ${who}`).toEqual([outcome]);
        expect(r.data?.[name] ?? null, `${name} as ${who}`).toBeNull();
        if (row.state) expect(await row.state(variables), `${name} as ${who} changed something`).toEqual(before);
        expectNoPersonalData(r, who);
      }
    }
    const variables = (await row.variables?.('anonymous')) ?? {};
    const before = row.state ? await row.state(variables) : undefined;
    const r = await h.client().gql(row.query, variables);
    if (row.anonymous === 'ok') expect(r.errors, `${name} signed out`).toBeUndefined();
    else if (row.anonymous === 'null') expect(r).toMatchObject({ data: { [name]: null } });
    else {
      expect(r.errors?.map((e) => e.extensions?.code), `${name} signed out`).toEqual(['UNAUTHENTICATED']);
      if (row.state) expect(await row.state(variables)).toEqual(before);
    }
    if (row.anonymous !== 'ok') expectNoPersonalData(r, null);
  });
});

// ── every path to a contact ─────────────────────────────────────────────────────────────────────────

/** Who was shown which feedback's contact unmasked, as the responses say: the audit log must agree. */
const sightings = new Set<string>();

/**
 * Every Feedback object in a response (anything with `contact` and `text`) as the viewer may see it:
 * the contact's data and the verbatim's typed-in emails and phones for those product.md names, masked
 * for everyone else. Returns how many it checked.
 */
function checkContacts(r: GqlResponse, who: Who): number {
  let checked = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ('contact' in o && 'text' in o) {
      const fixture = FEEDBACK.get(Number(o.id));
      expect(fixture, `feedback ${String(o.id)} is one of this file's`).toBeDefined();
      const sees = fixture!.sees.includes(who);
      const at = `feedback ${fixture!.id} as ${who}`;
      if (!fixture!.contact) expect(o.contact, at).toBeNull();
      else if (sees) {
        expect(o.contact, at).toEqual({ ...fixture!.contact, masked: false });
        sightings.add(`${who}:${fixture!.id}`);
      } else expect(o.contact, at).toEqual({ name: null, email: null, phone: null, masked: true });
      if (sees || !fixture!.hasPii) expect(o.text, at).toBe(fixture!.text);
      else {
        expect(o.text, at).not.toBe(fixture!.text);
        expect(o.text, at).toContain('[email hidden]');
        expect(o.text, at).toContain('[phone hidden]');
      }
      checked += 1;
    }
    Object.values(o).forEach(visit);
  };
  visit(r.data);
  expectNoPersonalData(r, who);
  return checked;
}

/**
 * Nobody's personal data anywhere in a response (errors included) unless the viewer may see it on a
 * feedback item of that person's in the same response.
 */
function expectNoPersonalData(r: GqlResponse, who: Who | null) {
  const body = JSON.stringify({ data: r.data, errors: r.errors });
  const shown = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const fixture = 'contact' in o ? FEEDBACK.get(Number(o.id)) : undefined;
    if (who && fixture?.contact && fixture.sees.includes(who)) shown.add(fixture.contact);
    Object.values(o).forEach(visit);
  };
  visit(r.data);
  for (const person of PEOPLE) {
    if (shown.has(person)) continue;
    for (const value of Object.values(person)) expect(body, `${person.name}'s data shown to ${who ?? 'nobody signed in'}`).not.toContain(value);
  }
}

interface ContactPath {
  query: string;
  variables?: (who: Who) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** viewers refused the operation itself (a mutation): they get FORBIDDEN and no personal data */
  refused?: Who[];
}

const PATHS: Record<string, ContactPath> = {
  'feedback → contact': {
    query: `query($c: [ID!]) { feedback(filter: { customerIds: $c }, first: 100) { edges { node { ${CONTACT} } } } }`,
    variables: () => ({ c: [String(h.scenario.customers.acme.id), String(h.scenario.customers.fjord.id)] }),
  },
  "feedback of one customer (the customer's history) → contact": {
    query: `query($c: [ID!]) { feedback(filter: { customerIds: $c }, first: 100) { edges { node { ${CONTACT} } } } }`,
    variables: () => ({ c: [String(h.scenario.customers.fjord.id)] }),
  },
  'feedbackItem → contact': {
    query: `query($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: feedbackItem(id: $a) { ${CONTACT} } b: feedbackItem(id: $b) { ${CONTACT} }
      c: feedbackItem(id: $c) { ${CONTACT} } d: feedbackItem(id: $d) { ${CONTACT} } }`,
    variables: () => ({ a: String(f.support), b: String(f.sales), c: String(f.product), d: String(f.productPii) }),
  },
  'idea → evidence → contact': {
    query: `query($id: ID!) { idea(id: $id) { feedback { ${CONTACT} } } }`,
    variables: () => ({ id: evidenceIdea }),
  },
  'ideas → evidence → contact': { query: `{ ideas(first: 100) { edges { node { feedback { ${CONTACT} } } } } }` },
  'idea → actionItems → feedback → contact': {
    query: `query($id: ID!) { idea(id: $id) { actionItems { feedback { ${CONTACT} } } } }`,
    variables: () => ({ id: evidenceIdea }),
  },
  'postIdea → evidence → contact': {
    query: `mutation($input: PostIdeaInput!) { postIdea(input: $input) { feedback { ${CONTACT} } } }`,
    variables: () => ({ input: { title: unique('With evidence'), body: 'Body', departmentId: String(h.scenario.departments.support.id), feedbackIds: [String(f.support), String(f.productPii)] } }),
  },
  'editIdea → evidence → contact': {
    query: `mutation($input: EditIdeaInput!) { editIdea(input: $input) { feedback { ${CONTACT} } } }`,
    variables: async () => ({ input: { id: await postIdea(unique('To edit'), [f.support]), feedbackIds: [String(f.support), String(f.productPii)] } }),
    refused: ['admin', 'leadSupport', 'leadProduct', 'exec', 'agent'],
  },
  'voteIdea → evidence → contact': { query: `mutation($id: ID!) { voteIdea(id: $id) { feedback { ${CONTACT} } } }`, variables: () => ({ id: evidenceIdea }) },
  'unvoteIdea → evidence → contact': { query: `mutation($id: ID!) { unvoteIdea(id: $id) { feedback { ${CONTACT} } } }`, variables: () => ({ id: evidenceIdea }) },
  'commentOnIdea → evidence → contact': {
    query: `mutation($id: ID!) { commentOnIdea(id: $id, body: "Agreed") { feedback { ${CONTACT} } } }`,
    variables: () => ({ id: evidenceIdea }),
  },
  'setIdeaStatus → evidence → contact': {
    query: `mutation($id: ID!) { setIdeaStatus(id: $id, status: UNDER_REVIEW) { feedback { ${CONTACT} } } }`,
    variables: async () => ({ id: await postIdea(unique('To review'), [f.support, f.productPii]) }),
    refused: ['leadProduct', 'employee', 'exec', 'agent'],
  },
  'hideIdea → evidence → contact': {
    query: `mutation($id: ID!) { hideIdea(id: $id, reason: "Spam") { feedback { ${CONTACT} } } }`,
    variables: async () => ({ id: await postIdea(unique('To hide'), [f.support, f.productPii]) }),
    refused: ['leadSupport', 'leadProduct', 'employee', 'exec', 'agent'],
  },
  // assigned to oneself: the assignee of an open item sees the contact, so this is reproduction 1's way in
  "createActionItem on Support's feedback, assigned to oneself → feedback → contact": {
    query: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { feedback { ${CONTACT} } idea { feedback { ${CONTACT} } } } }`,
    variables: (who) => ({ input: { feedbackId: String(f.support), title: unique('Follow up'), assigneeId: String(userId[who]) } }),
    refused: ['leadProduct', 'employee', 'exec', 'agent'],
  },
  "createActionItem on Product's feedback, assigned to oneself → feedback → contact": {
    query: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { feedback { ${CONTACT} } } }`,
    variables: (who) => ({ input: { feedbackId: String(f.productPii), title: unique('Follow up'), assigneeId: String(userId[who]) } }),
    refused: ['leadSupport', 'employee', 'exec', 'agent'],
  },
  "followUpQueue of Product → contact": {
    query: `query($d: ID) { followUpQueue(departmentId: $d) { edges { node { ${CONTACT} actionItems { feedback { ${CONTACT} } } } } } }`,
    variables: () => ({ d: String(h.scenario.departments.product.id) }),
    refused: ['leadSupport', 'employee', 'exec', 'agent'],
  },
  'feedbackItem → actionItems → feedback → contact': {
    query: `query($id: ID!) { feedbackItem(id: $id) { actionItems { feedback { ${CONTACT} } } } }`,
    variables: () => ({ id: String(f.support) }),
  },
  'createActionItem on an idea → idea → evidence → contact': {
    query: `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { idea { feedback { ${CONTACT} } actionItems { feedback { ${CONTACT} } } } } }`,
    variables: () => ({ input: { ideaId: evidenceIdea, title: unique('Do it') } }),
    refused: ['leadProduct', 'employee', 'exec', 'agent'],
  },
  'featureRequest → feedback → contact': {
    query: `query($id: ID!) { featureRequest(id: $id) { feedback(first: 10) { edges { node { ${CONTACT} } } } } }`,
    variables: () => ({ id: askedRequest }),
  },
  'featureRequest → askers → latestFeedback → contact': {
    query: `query($id: ID!) { featureRequest(id: $id) { askers { latestFeedback { ${CONTACT} } } } }`,
    variables: () => ({ id: askedRequest }),
  },
  'featureRequests → askers and feedback → contact': {
    query: `{ featureRequests(first: 20) { edges { node { askers { latestFeedback { ${CONTACT} } } feedback(first: 3) { edges { node { ${CONTACT} } } } } } } }`,
  },
  'feedbackItem → featureRequests → feedback → contact': {
    query: `query($id: ID!) { feedbackItem(id: $id) { featureRequests { feedback(first: 10) { edges { node { ${CONTACT} } } } } } }`,
    variables: () => ({ id: String(f.sales) }),
  },
  'linkFeedback → feedback → contact': {
    query: `mutation($r: ID!, $f: ID!) { linkFeedback(featureRequestId: $r, feedbackId: $f) { feedback(first: 10) { edges { node { ${CONTACT} } } } } }`,
    variables: () => ({ r: askedRequest, f: String(f.support) }),
  },
  'mergeFeatureRequests → askers → contact': {
    query: `mutation($s: ID!, $t: ID!) { mergeFeatureRequests(sourceId: $s, targetId: $t) { askers { latestFeedback { ${CONTACT} } } feedback(first: 10) { edges { node { ${CONTACT} } } } } }`,
    variables: async () => ({ s: await featureRequest('Dup with contacts', 'UNDER_REVIEW', [f.support, f.productPii]), t: await featureRequest('Target') }),
    refused: ['leadSupport', 'employee', 'exec', 'agent'],
  },
  'setFeatureRequestStatus → askers → contact': {
    query: `mutation($id: ID!) { setFeatureRequestStatus(id: $id, status: SHIPPED) { askers { latestFeedback { ${CONTACT} } } } }`,
    variables: async () => ({ id: await featureRequest('To ship', 'IN_PROGRESS', [f.support, f.productPii]) }),
    refused: ['leadSupport', 'employee', 'exec', 'agent'],
  },
  'tellFeatureRequestCustomers → askers → followUp → feedback → contact': {
    query: `mutation($id: ID!) { tellFeatureRequestCustomers(id: $id) { askers { latestFeedback { ${CONTACT} } followUp { feedback { ${CONTACT} } } } } }`,
    variables: async () => ({ id: await featureRequest('Shipped with contacts', 'SHIPPED', [f.support, f.productPii]) }),
    refused: ['leadSupport', 'employee', 'exec', 'agent'],
  },
  'unlinkFeedback → feedback → contact': {
    query: `mutation($r: ID!, $f: ID!) { unlinkFeedback(featureRequestId: $r, feedbackId: $f) { feedback(first: 10) { edges { node { ${CONTACT} } } } } }`,
    variables: async () => ({ r: await featureRequest('Unlink one of two', 'UNDER_REVIEW', [f.support, f.productPii]), f: String(f.support) }),
  },
};

describe('every path to a contact', () => {
  it('covers every field that returns feedback or a contact', () => {
    // the fields of the schema whose type is Feedback or Contact, and those the paths' documents select
    const wanted = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (['Feedback', 'Contact'].includes(getNamedType(field.type).name)) wanted.add(`${type.name}.${field.name}`);
      }
    }
    const covered = new Set<string>();
    for (const path of Object.values(PATHS)) {
      const doc = parse(path.query);
      const walk = (typeName: string, selections: readonly any[]) => {
        const type = schema.getType(typeName);
        if (!isObjectType(type)) return;
        for (const s of selections) {
          if (s.kind !== Kind.FIELD) continue;
          const field = type.getFields()[s.name.value];
          covered.add(`${typeName}.${s.name.value}`);
          if (s.selectionSet) walk(getNamedType(field.type).name, s.selectionSet.selections);
        }
      };
      const op = doc.definitions[0] as OperationDefinitionNode;
      walk(op.operation === 'query' ? 'Query' : 'Mutation', op.selectionSet.selections);
    }
    expect([...wanted].filter((f) => !covered.has(f)), 'fields returning feedback or a contact with no path here').toEqual([]);
    for (const [name, path] of Object.entries(PATHS)) expect(validate(schema, parse(path.query)), name).toEqual([]);
  });

  describe.each(Object.keys(PATHS))('%s', (name) => {
    const path = PATHS[name];
    it.each(VIEWERS.map((w) => [w] as [Who]))('as %s', async (who) => {
      const r = await clients[who].gql(path.query, (await path.variables?.(who)) ?? {});
      if (path.refused?.includes(who)) {
        expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(r.data ?? null).toBeNull();
        expectNoPersonalData(r, who);
        return;
      }
      expect(r.errors).toBeUndefined();
      expect(checkContacts(r, who), 'feedback items on this path').toBeGreaterThan(0);
    });
  });

  it('has recorded in the audit log every contact shown unmasked above, to whom, on which feedback, and no other', async () => {
    const rows = await h.database.sql`select actor_id, entity_type, entity_id, detail->>'feedbackId' as feedback_id
      from audit_log where action = 'VIEW_CONTACT'`;
    const byUser = new Map(VIEWERS.map((w) => [userId[w], w]));
    const contactOf = new Map((await h.database.sql`select id, contact_id from feedback`).map((r) => [String(r.id), String(r.contact_id)]));
    for (const row of rows) {
      expect(row.entity_type).toBe('contact');
      expect(row.entity_id).toBe(contactOf.get(row.feedback_id));
    }
    const logged = new Set(rows.map((r) => `${byUser.get(Number(r.actor_id))}:${r.feedback_id}`));
    expect(sightings.size).toBeGreaterThan(0);
    expect([...logged].sort()).toEqual([...sightings].sort());
  });

  it('has recorded every verbatim shown with its typed-in emails and phone numbers, and no other', async () => {
    const rows = await h.database.sql`select actor_id, entity_id from audit_log where action = 'VIEW_UNMASKED_TEXT'`;
    const byUser = new Map(VIEWERS.map((w) => [userId[w], w]));
    // the text is unmasked exactly for those who see the contact; only texts holding personal data count
    const withPersonalData = new Set((await h.database.sql`select id from feedback where text <> text_masked`).map((r) => String(r.id)));
    const expected = [...sightings].filter((s) => withPersonalData.has(s.split(':')[1]));
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(rows.map((r) => `${byUser.get(Number(r.actor_id))}:${r.entity_id}`))].sort()).toEqual(expected.sort());
  });
});
