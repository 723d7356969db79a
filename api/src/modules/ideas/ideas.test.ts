import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@chorus/db';
import { ideaVotes, users } from '@chorus/db/schema';
import { PASSWORD } from '../../testing/scenario';
import { startHarness, type Client, type Harness } from '../../testing/harness';
import { XSS_VECTORS } from '@chorus/db/testing';

let h: Harness;
let employee: Client;
let leadSupport: Client;
let leadProduct: Client;
let admin: Client;
beforeAll(async () => {
  h = await startHarness();
  [employee, leadSupport, leadProduct, admin] = await Promise.all(
    ['employee@test.dev', 'lead.support@test.dev', 'lead.product@test.dev', 'admin@test.dev'].map((e) => h.as(e)),
  );
});
afterAll(async () => { await h.close(); });

const IDEA = `id title status statusReason votes viewerHasVoted commentCount bodyHtml edited hidden
  author { id name } department { id name } timeline { fromStatus toStatus reason changedBy { name } }`;
const POST = `mutation($input: PostIdeaInput!) { postIdea(input: $input) { ${IDEA} } }`;

async function post(c: Client, input: Record<string, unknown>) {
  const r = await c.gql(POST, { input: { departmentId: String(h.scenario.departments.support.id), body: 'Body', ...input } });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.postIdea;
}

describe('posting', () => {
  it('posts an idea with evidence, rendered as sanitised markdown, opening its timeline', async () => {
    const f = h.scenario.feedback[0];
    const r = await employee.gql(`mutation($input: PostIdeaInput!) { postIdea(input: $input) {
      ${IDEA} feedback { id npsScore } viewerCanEdit viewerCanChangeStatus allowedStatuses } }`, { input: {
      title: '  Call detractors within a day  ', body: 'We should **call** every detractor.\n\n- within 24 h\n- log it',
      departmentId: String(h.scenario.departments.support.id), category: 'Process', feedbackIds: [String(f.id)],
    } });
    expect(r.errors).toBeUndefined();
    const idea = r.data.postIdea;
    expect(idea).toMatchObject({
      title: 'Call detractors within a day', status: 'NEW', votes: 0, viewerHasVoted: false, edited: false,
      author: { name: 'Erik Employee' }, department: { name: 'Support' }, feedback: [{ id: String(f.id), npsScore: 3 }],
      viewerCanEdit: true, viewerCanChangeStatus: false, allowedStatuses: [],
    });
    expect(idea.bodyHtml).toContain('<strong>call</strong>');
    expect(idea.bodyHtml).toContain('<li>within 24 h</li>');
    expect(idea.timeline).toEqual([{ fromStatus: null, toStatus: 'NEW', reason: null, changedBy: { name: 'Erik Employee' } }]);
  });

  it('names every bad field and stores nothing', async () => {
    const before = (await h.database.sql`select count(*)::int as n from ideas`)[0].n;
    const cases: [Record<string, unknown>, Record<string, string>, Record<string, object>][] = [
      [{ title: '   ' }, { title: 'Must not be empty.' }, { title: { code: 'REQUIRED' } }],
      [{ title: 'x'.repeat(201) }, { title: 'Must be at most 200 characters.' }, { title: { code: 'TOO_LONG', max: 200 } }],
      [{ title: 'Fine', body: 'y'.repeat(20_001) }, { body: 'Must be at most 20,000 characters.' }, { body: { code: 'TOO_LONG', max: 20_000 } }],
      [{ title: 'Fine', departmentId: '999999' }, { departmentId: 'Unknown department.' }, { departmentId: { code: 'UNKNOWN_DEPARTMENT' } }],
      [{ title: 'Fine', feedbackIds: ['999999'] }, { 'feedbackIds.0': 'Unknown feedback.' }, { 'feedbackIds.0': { code: 'UNKNOWN_FEEDBACK', id: 999999 } }],
      [{ title: '', body: '', departmentId: 'x' },
        { title: 'Must not be empty.', body: 'Must not be empty.', departmentId: 'Not a valid id.' },
        { title: { code: 'REQUIRED' }, body: { code: 'REQUIRED' }, departmentId: { code: 'INVALID_ID' } }],
    ];
    // each field's message in English, and its reason as a code a portal words in its own language
    for (const [input, fields, reasons] of cases) {
      const r = await employee.gql(POST, { input: { departmentId: String(h.scenario.departments.support.id), body: 'Body', ...input } });
      expect(r.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields, reasons });
    }
    expect((await h.database.sql`select count(*)::int as n from ideas`)[0].n).toBe(before);
  });

  it('lets the author edit and keeps the earlier version; nobody else may', async () => {
    const idea = await post(employee, { title: 'First wording' });
    const EDIT = `mutation($input: EditIdeaInput!) { editIdea(input: $input) { title edited body } }`;
    const r = await employee.gql(EDIT, { input: { id: idea.id, title: 'Second wording', body: 'Clearer' } });
    expect(r.data.editIdea).toEqual({ title: 'Second wording', edited: true, body: 'Clearer' });
    const [rev] = await h.database.sql`select title, body from idea_revisions where idea_id = ${idea.id}`;
    expect(rev).toEqual({ title: 'First wording', body: 'Body' });
    const other = await leadSupport.gql(EDIT, { input: { id: idea.id, title: 'Hijacked' } });
    expect(other.errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('votes', () => {
  it('counts one vote however often one employee clicks at once, and lets them take it back', async () => {
    const idea = await post(leadSupport, { title: 'Double click proof' });
    const VOTE = `mutation($id: ID!) { voteIdea(id: $id) { votes viewerHasVoted } }`;
    const results = await Promise.all(Array.from({ length: 50 }, () => employee.gql(VOTE, { id: idea.id })));
    expect(results.every((r) => !r.errors && r.data.voteIdea.viewerHasVoted)).toBe(true);
    expect((await h.database.sql`select count(*)::int as n from idea_votes where idea_id = ${idea.id}`)[0].n).toBe(1);
    const un = await employee.gql(`mutation($id: ID!) { unvoteIdea(id: $id) { votes viewerHasVoted } }`, { id: idea.id });
    expect(un.data.unvoteIdea).toEqual({ votes: 0, viewerHasVoted: false });
  });

  it('counts 50 votes from 50 employees voting at once', async () => {
    const idea = await post(leadSupport, { title: 'Popular' });
    const hash = await hashPassword(PASSWORD);
    const people = await h.db.insert(users).values(Array.from({ length: 50 }, (_, i) => ({
      email: `voter${i}@test.dev`, name: `Voter ${i}`, role: 'EMPLOYEE' as const, passwordHash: hash,
    }))).returning({ email: users.email });
    const clients = await Promise.all(people.map((p) => h.as(p.email)));
    await Promise.all(clients.map((c) => c.gql(`mutation($id: ID!) { voteIdea(id: $id) { id } }`, { id: idea.id })));
    const r = await employee.gql(`query($id: ID!) { idea(id: $id) { votes } }`, { id: idea.id });
    expect(r.data.idea.votes).toBe(50);
  });
});

describe('the status workflow', () => {
  const SET = `mutation($id: ID!, $status: IdeaStatus!, $reason: String) { setIdeaStatus(id: $id, status: $status, reason: $reason) {
    status statusReason allowedStatuses timeline { fromStatus toStatus reason changedBy { name } } } }`;

  it('is decided by a LEAD of the department or an ADMIN only', async () => {
    const idea = await post(employee, { title: 'Who decides' });
    const asEmployee = await employee.gql(SET, { id: idea.id, status: 'UNDER_REVIEW' });
    expect(asEmployee.errors![0].extensions?.code).toBe('FORBIDDEN');
    const otherLead = await leadProduct.gql(SET, { id: idea.id, status: 'UNDER_REVIEW' });
    expect(otherLead.errors![0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await admin.gql(SET, { id: idea.id, status: 'UNDER_REVIEW' });
    expect(byAdmin.data.setIdeaStatus.status).toBe('UNDER_REVIEW');
    const byLead = await leadSupport.gql(SET, { id: idea.id, status: 'ACCEPTED', reason: 'Good one' });
    expect(byLead.data.setIdeaStatus).toMatchObject({ status: 'ACCEPTED', allowedStatuses: ['IN_PROGRESS', 'IMPLEMENTED', 'DECLINED'] });
    expect(byLead.data.setIdeaStatus.timeline.map((t: any) => `${t.fromStatus}>${t.toStatus} ${t.changedBy.name}`))
      .toEqual(['null>NEW Erik Employee', 'NEW>UNDER_REVIEW Ada Admin', 'UNDER_REVIEW>ACCEPTED Siri Support']);
  });

  it('needs a reason to decline, and refuses moves the workflow does not have', async () => {
    const idea = await post(employee, { title: 'Decline me' });
    const noReason = await leadSupport.gql(SET, { id: idea.id, status: 'DECLINED', reason: '  ' });
    expect(noReason.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { reason: 'Say why the idea is declined.' }, reasons: { reason: { code: 'DECLINE_REASON_REQUIRED' } },
    });
    const backwards = await leadSupport.gql(SET, { id: idea.id, status: 'NEW' });
    expect(backwards.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { status: 'An idea that is NEW cannot move to NEW.' },
      reasons: { status: { code: 'STATUS_NOT_ALLOWED', from: 'NEW', to: 'NEW' } },
    });
    const declined = await leadSupport.gql(SET, { id: idea.id, status: 'DECLINED', reason: 'We did this last year' });
    expect(declined.data.setIdeaStatus).toMatchObject({ status: 'DECLINED', statusReason: 'We did this last year', allowedStatuses: ['UNDER_REVIEW'] });
    const [{ n }] = await h.database.sql`select count(*)::int as n from idea_status_changes where idea_id = ${idea.id}`;
    expect(n).toBe(2);
  });

  it('tells the author and the voters, in the portal', async () => {
    const idea = await post(employee, { title: 'Tell everyone' });
    await leadProduct.gql(`mutation($id: ID!) { voteIdea(id: $id) { id } }`, { id: idea.id });
    await leadSupport.gql(SET, { id: idea.id, status: 'DECLINED', reason: 'Not now' });
    const NOTES = `{ unreadNotificationCount notifications(first: 5) { edges { node { type title status reason actorName ideaId read } } } }`;
    for (const c of [employee, leadProduct]) {
      const r = await c.gql(NOTES);
      expect(r.data.notifications.edges[0].node).toEqual({
        type: 'IDEA_STATUS', title: 'Tell everyone', status: 'DECLINED', reason: 'Not now', actorName: 'Siri Support', ideaId: idea.id, read: false,
      });
      expect(r.data.unreadNotificationCount).toBeGreaterThan(0);
    }
    // the lead who decided is not notified of their own decision
    const own = await leadSupport.gql(NOTES);
    expect(own.data.notifications.edges.some((e: any) => e.node.ideaId === idea.id)).toBe(false);
    const marked = await employee.gql(`mutation { markNotificationsRead }`);
    expect(marked.data.markNotificationsRead).toBeGreaterThan(0);
    expect((await employee.gql(`{ unreadNotificationCount }`)).data.unreadNotificationCount).toBe(0);
  });

  it('lets the lead turn an accepted idea into an action item, not a new one', async () => {
    const idea = await post(employee, { title: 'Make it happen' });
    const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id title status department { name } idea { id } assignee { name } } }`;
    const early = await leadSupport.gql(CREATE, { input: { ideaId: idea.id, title: 'Do it' } });
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { ideaId: 'Only an accepted idea becomes an action item.' } });
    await leadSupport.gql(SET, { id: idea.id, status: 'ACCEPTED' });
    const byEmployee = await employee.gql(CREATE, { input: { ideaId: idea.id, title: 'Do it' } });
    expect(byEmployee.errors![0].extensions?.code).toBe('FORBIDDEN');
    const made = await leadSupport.gql(CREATE, { input: { ideaId: idea.id, title: 'Do it', assigneeId: String(h.scenario.users.employee.id) } });
    expect(made.data.createActionItem).toMatchObject({ title: 'Do it', status: 'OPEN', department: { name: 'Support' }, idea: { id: idea.id }, assignee: { name: 'Erik Employee' } });
    const r = await employee.gql(`query($id: ID!) { idea(id: $id) { actionItems { title } } notifications(first: 1) { edges { node { type actionItemId } } } }`, { id: idea.id });
    expect(r.data.idea.actionItems).toEqual([{ title: 'Do it' }]);
    expect(r.data.notifications.edges[0].node).toEqual({ type: 'ACTION_ASSIGNED', actionItemId: made.data.createActionItem.id });
  });
});

describe('comments', () => {
  const COMMENT = `mutation($id: ID!, $body: String!) { commentOnIdea(id: $id, body: $body) { commentCount comments { edges { node { id body bodyHtml author { name } edited viewerCanEdit } } } } }`;

  it('adds comments oldest first, tells the author and the colleagues @mentioned', async () => {
    const idea = await post(employee, { title: 'Discuss me' });
    await leadSupport.gql(COMMENT, { id: idea.id, body: 'Agree, and @Per Product should see this.' });
    const r = await leadProduct.gql(COMMENT, { id: idea.id, body: 'Seen. *Thanks*' });
    expect(r.data.commentOnIdea.commentCount).toBe(2);
    expect(r.data.commentOnIdea.comments.edges.map((e: any) => e.node.author.name)).toEqual(['Siri Support', 'Per Product']);
    expect(r.data.commentOnIdea.comments.edges[1].node.bodyHtml).toBe('<p>Seen. <em>Thanks</em></p>\n');
    const mention = await leadProduct.gql(`{ notifications(first: 5) { edges { node { type ideaId actorName excerpt } } } }`);
    expect(mention.data.notifications.edges.map((e: any) => e.node)).toContainEqual({
      type: 'MENTION', ideaId: idea.id, actorName: 'Siri Support', excerpt: 'Agree, and @Per Product should see this.',
    });
    const author = await employee.gql(`{ notifications(first: 2) { edges { node { type ideaId actorName } } } }`);
    expect(author.data.notifications.edges.map((e: any) => e.node)).toEqual([
      { type: 'IDEA_COMMENT', ideaId: idea.id, actorName: 'Per Product' },
      { type: 'IDEA_COMMENT', ideaId: idea.id, actorName: 'Siri Support' },
    ]);
  });

  it('lets the author edit a comment (history kept) and refuses an empty one', async () => {
    const idea = await post(employee, { title: 'Edit comments' });
    const r = await leadSupport.gql(COMMENT, { id: idea.id, body: 'Frist' });
    const id = r.data.commentOnIdea.comments.edges[0].node.id;
    const EDIT = `mutation($id: ID!, $body: String!) { editIdeaComment(id: $id, body: $body) { body edited } }`;
    expect((await leadSupport.gql(EDIT, { id, body: 'First' })).data.editIdeaComment).toEqual({ body: 'First', edited: true });
    expect((await employee.gql(EDIT, { id, body: 'Mine now' })).errors![0].extensions?.code).toBe('FORBIDDEN');
    const empty = await leadSupport.gql(COMMENT, { id: idea.id, body: ' ' });
    expect(empty.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { body: 'Must not be empty.' }, reasons: { body: { code: 'REQUIRED' } } });
  });
});

describe('moderation', () => {
  it('hides an idea and a comment from everyone but ADMINs, with the reason in the audit log', async () => {
    const idea = await post(employee, { title: 'Rude idea' });
    const r = await leadSupport.gql(`mutation($id: ID!) { commentOnIdea(id: $id, body: "rude comment") { comments { edges { node { id } } } } }`, { id: idea.id });
    const commentId = r.data.commentOnIdea.comments.edges[0].node.id;
    expect((await employee.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "x") { id } }`, { id: idea.id })).errors![0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await admin.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "") { id } }`, { id: idea.id });
    expect(noReason.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { reason: 'Must not be empty.' }, reasons: { reason: { code: 'REQUIRED' } } });
    await admin.gql(`mutation($id: ID!) { hideIdeaComment(id: $id, reason: "Insulting") { hidden } }`, { id: commentId });
    const hidden = await admin.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "Abusive") { hidden hiddenReason } }`, { id: idea.id });
    expect(hidden.data.hideIdea).toEqual({ hidden: true, hiddenReason: 'Abusive' });

    expect((await employee.gql(`query($id: ID!) { idea(id: $id) { id } }`, { id: idea.id })).data.idea).toBeNull();
    const list = await employee.gql(`{ ideas(first: 100) { edges { node { id } } } }`);
    expect(list.data.ideas.edges.map((e: any) => e.node.id)).not.toContain(idea.id);
    expect((await employee.gql(`mutation($id: ID!) { voteIdea(id: $id) { id } }`, { id: idea.id })).errors![0].extensions?.code).toBe('NOT_FOUND');
    const seen = await admin.gql(`query($id: ID!) { idea(id: $id) { hidden commentCount comments { edges { node { hidden hiddenReason } } } } }`, { id: idea.id });
    expect(seen.data.idea).toEqual({ hidden: true, commentCount: 1, comments: { edges: [{ node: { hidden: true, hiddenReason: 'Insulting' } }] } });
    const logged = await h.database.sql`select action, detail->>'reason' as reason from audit_log where action like 'HIDE_%' order by id`;
    expect(logged).toEqual([{ action: 'HIDE_IDEA_COMMENT', reason: 'Insulting' }, { action: 'HIDE_IDEA', reason: 'Abusive' }]);
  });
});

describe('the forum list', () => {
  const LIST = `query($filter: IdeaFilter, $orderBy: IdeaSort, $first: Int, $after: String) { ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title votes } } } }`;
  let old: { id: string };
  let fresh: { id: string };

  beforeAll(async () => {
    // an old idea with three month-old votes, a new one with two of today
    old = await post(employee, { title: 'Veteran idea', departmentId: String(h.scenario.departments.product.id) });
    fresh = await post(employee, { title: 'Rising idea', departmentId: String(h.scenario.departments.product.id) });
    const voters = [h.scenario.users.admin, h.scenario.users.leadSupport, h.scenario.users.exec];
    await h.db.insert(ideaVotes).values(voters.map((u) => ({ ideaId: Number(old.id), userId: u.id, createdAt: new Date(Date.now() - 30 * 86_400_000) })));
    await h.db.insert(ideaVotes).values(voters.slice(0, 2).map((u) => ({ ideaId: Number(fresh.id), userId: u.id })));
  });

  it('orders by TOP, NEW and TRENDING (recent votes weigh more)', async () => {
    const filter = { departmentIds: [String(h.scenario.departments.product.id)] };
    const ids = async (orderBy: string) => (await employee.gql(LIST, { filter, orderBy })).data.ideas.edges.map((e: any) => e.node.id);
    expect(await ids('TOP')).toEqual([old.id, fresh.id]);
    expect(await ids('NEW')).toEqual([fresh.id, old.id]);
    expect(await ids('TRENDING')).toEqual([fresh.id, old.id]);
  });

  it('filters by department, status, author and full text in the three languages', async () => {
    const nb = await post(leadSupport, { title: 'Raskere leveranser', body: 'Vi bør sende pakkene tidligere om morgenen.' });
    const sv = await post(leadSupport, { title: 'Snabbare fakturor', body: 'Fakturorna borde skickas samma dag.' });
    const search = async (q: string) => (await employee.gql(LIST, { filter: { search: q } })).data.ideas.edges.map((e: any) => e.node.id);
    expect(await search('leveransene')).toEqual([nb.id]);
    // Swedish stemming: the singular finds the definite plural
    expect(await search('faktura')).toEqual([sv.id]);
    expect(await search('detractors')).toHaveLength(1);
    const mine = await leadSupport.gql(LIST, { filter: { authorIds: [String(h.scenario.users.leadSupport.id)], statuses: ['NEW'] }, first: 100 });
    expect(mine.data.ideas.edges.map((e: any) => e.node.title)).toEqual(expect.arrayContaining(['Raskere leveranser', 'Snabbare fakturor']));
    const bad = await employee.gql(LIST, { filter: { departmentIds: ['nope'] } });
    expect(bad.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { 'filter.departmentIds.0': 'Not a valid id.' }, reasons: { 'filter.departmentIds.0': { code: 'INVALID_ID' } },
    });
  });

  it('pages through every sort with cursors', async () => {
    for (const orderBy of ['TOP', 'NEW', 'TRENDING']) {
      const all = (await employee.gql(LIST, { orderBy, first: 100 })).data.ideas;
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const r = (await employee.gql(LIST, { orderBy, first: 3, after })).data.ideas;
        seen.push(...r.edges.map((e: any) => e.node.id));
        if (!r.pageInfo.hasNextPage) break;
        after = r.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
      expect(seen).toHaveLength(all.totalCount);
    }
  });

  it('costs a constant number of statements with authors, departments and vote state', async () => {
    const PAGE = `query($first: Int) { ideas(first: $first) { edges { node { id votes viewerHasVoted commentCount author { id name } department { id name } } } } }`;
    const counts: number[] = [];
    for (const first of [2, 10, 30]) {
      h.statements.length = 0;
      const r = await employee.gql(PAGE, { first });
      expect(r.errors).toBeUndefined();
      counts.push(h.statements.length);
    }
    // session + page + authors + departments
    expect(counts).toEqual([4, 4, 4]);
  });
});

describe('user-written HTML', () => {
  it('keeps no script, event handler or javascript: URL of the OWASP vectors in bodies and comments', async () => {
    const idea = await post(employee, { title: 'XSS carrier', body: XSS_VECTORS.join('\n\n') });
    for (const vector of XSS_VECTORS) {
      await employee.gql(`mutation($id: ID!, $body: String!) { commentOnIdea(id: $id, body: $body) { id } }`, { id: idea.id, body: vector });
    }
    const r = await employee.gql(`query($id: ID!) { idea(id: $id) { bodyHtml comments(first: 100) { edges { node { bodyHtml } } } } }`, { id: idea.id });
    const htmls = [r.data.idea.bodyHtml, ...r.data.idea.comments.edges.map((e: any) => e.node.bodyHtml)];
    expect(htmls).toHaveLength(XSS_VECTORS.length + 1);
    for (const html of htmls) {
      expect(html).not.toMatch(/<script/i);
      for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
        expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
        expect(tag).not.toMatch(/javascript:/i);
      }
    }
  });
});

describe('paging comments and notifications', () => {
  it('pages through rows written within the same millisecond without repeating or skipping any', async () => {
    const idea = await post(employee, { title: 'Busy thread' });
    const author = h.scenario.users.leadSupport.id;
    // microseconds apart: the cursor must keep PostgreSQL's precision
    await h.database.sql`insert into idea_comments (idea_id, author_id, body, body_html, created_at)
      select ${idea.id}, ${author}, 'c' || n, '<p>c' || n || '</p>', timestamptz '2026-06-01 10:00:00.123' + n * interval '1 microsecond'
      from generate_series(1, 7) n`;
    await h.database.sql`insert into notifications (user_id, type, payload, created_at)
      select ${h.scenario.users.exec.id}, 'IDEA_COMMENT', '{}'::jsonb, timestamptz '2026-06-01 10:00:00.123' + n * interval '1 microsecond'
      from generate_series(1, 7) n`;
    const exec = await h.as('exec@test.dev');
    const walk = async (query: string, pick: (data: any) => any) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = pick((await exec.gql(query, { id: idea.id, after })).data);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    const comments = await walk(`query($id: ID!, $after: String) { idea(id: $id) { comments(first: 2, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id } } } } }`, (d) => d.idea.comments);
    expect(comments).toHaveLength(7);
    expect(new Set(comments).size).toBe(7);
    const notes = await walk(`query($after: String) { notifications(first: 2, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { id } } } }`, (d) => d.notifications);
    expect(notes.length).toBeGreaterThanOrEqual(7);
    expect(new Set(notes).size).toBe(notes.length);
  });
});

describe('hardening', () => {
  it('drops notifications about hidden content for everyone but ADMINs, and freezes a hidden idea', async () => {
    const idea = await post(employee, { title: 'Soon hidden title' });
    await leadSupport.gql(`mutation($id: ID!) { commentOnIdea(id: $id, body: "@Erik Employee look") { id } }`, { id: idea.id });
    const before = await employee.gql(`{ notifications(first: 50) { edges { node { ideaId } } } }`);
    expect(before.data.notifications.edges.filter((e: any) => e.node.ideaId === idea.id)).toHaveLength(1);
    await admin.gql(`mutation($id: ID!) { hideIdea(id: $id, reason: "Abusive") { id } }`, { id: idea.id });
    const after = await employee.gql(`{ unreadNotificationCount notifications(first: 50) { edges { node { ideaId title } } } }`);
    expect(after.data.notifications.edges.filter((e: any) => e.node.ideaId === idea.id)).toEqual([]);
    // not even an ADMIN acts on it any more: that would notify people about it again
    const SET = `mutation($id: ID!) { setIdeaStatus(id: $id, status: UNDER_REVIEW) { id } }`;
    expect((await admin.gql(SET, { id: idea.id })).errors![0].extensions?.code).toBe('FORBIDDEN');
    expect((await admin.gql(`mutation($id: ID!) { voteIdea(id: $id) { id } }`, { id: idea.id })).errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses tampered cursors and control characters with BAD_USER_INPUT', async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const LIST = `query($orderBy: IdeaSort, $after: String) { ideas(orderBy: $orderBy, after: $after) { edges { node { id } } } }`;
    const now = new Date().toISOString();
    for (const [orderBy, after] of [
      ['NEW', cursor(['NEW', '2024-13-45 99:99:99', 1, now])],
      ['TOP', cursor(['TOP', '1.5', 1, now])],
      ['TRENDING', cursor(['TRENDING', '0.5', 1, '+275760-09-13T00:00:00.000Z'])],
      ['TOP', cursor(['NEW', '3', 1, now])],
    ] as const) {
      const r = await employee.gql(LIST, { orderBy, after });
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { after: expect.any(String) } });
    }
    const r = await employee.gql(POST, { input: { title: 'Bad\u0000title', body: 'Body', departmentId: String(h.scenario.departments.support.id) } });
    expect(r.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { title: 'Must not contain control or bidirectional-override characters.' }, reasons: { title: { code: 'CONTROL_CHARACTERS' } },
    });
  });

  it('keeps every earlier version when edits arrive at once', async () => {
    const idea = await post(employee, { title: 'v0' });
    const EDIT = `mutation($input: EditIdeaInput!) { editIdea(input: $input) { id } }`;
    await Promise.all([1, 2, 3, 4].map((n) => employee.gql(EDIT, { input: { id: idea.id, title: `v${n}` } })));
    const revisions = await h.database.sql`select title from idea_revisions where idea_id = ${idea.id} order by id`;
    const [{ title }] = await h.database.sql`select title from ideas where id = ${idea.id}`;
    // the four revisions and the current title are the five versions, each once
    expect(new Set([...revisions.map((r) => r.title), title])).toEqual(new Set(['v0', 'v1', 'v2', 'v3', 'v4']));
  });

  it('answers createActionItem from another department with FORBIDDEN, and names an unknown feedback', async () => {
    const idea = await post(employee, { title: 'Support only' });
    await leadSupport.gql(`mutation($id: ID!) { setIdeaStatus(id: $id, status: ACCEPTED) { id } }`, { id: idea.id });
    const CREATE = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
    expect((await leadProduct.gql(CREATE, { input: { ideaId: idea.id, title: 'Mine' } })).errors![0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await leadSupport.gql(CREATE, { input: { feedbackId: '999999', title: 'Call' } });
    expect(unknown.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT', fields: { feedbackId: 'Unknown feedback.' }, reasons: { feedbackId: { code: 'UNKNOWN_FEEDBACK', id: 999999 } },
    });
  });
});
