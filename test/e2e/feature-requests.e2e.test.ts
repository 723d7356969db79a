// Issue 9's feature requests in Chromium. The Sales employee reads a customer's feature request in the
// inbox and links it to the request it asks for (a duplicate, as it happens: "Create bookings
// automatically from our ERP"). The Product LEAD then filters the list to enterprise customers in Sweden
// this year by revenue — the top request is the one a recomputation from the raw rows says it is — opens
// it, merges that duplicate into it (the duplicate's page now leads to it), marks it shipped and creates
// the follow-ups, one per customer who asked. The employee who linked the feedback reads "you asked, we
// did" in the notifications. Every page visited has no serious axe violation.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, signIn, startPortal, type Portal } from './support';

let portal: Portal;
const DUPLICATE = 'Create bookings automatically from our ERP';
const SWEDEN = ['Stockholm', 'Västra Götaland', 'Skåne', 'Uppsala'];
/** ids the story needs, read from the demo data */
let ids = { duplicate: '', feedback: '' };

beforeAll(async () => {
  portal = await startPortal();
  const [dup] = await portal.database.sql`select id from feature_requests where title = ${DUPLICATE}`;
  // feedback asking for it that nobody has linked yet: the employee links it from the feedback page
  const [free] = await portal.database.sql`select f.id from feedback f
    where f.category = 'FEATURE_REQUEST' and f.product_id = (select product_id from feature_requests where id = ${dup.id})
      and not exists (select 1 from feature_request_feedback l where l.feedback_id = f.id)
    order by f.received_at desc limit 1`;
  ids = { duplicate: String(dup.id), feedback: String(free.id) };
});
afterAll(async () => { await portal?.close(); });

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });

/**
 * "This year", as the story has it; in the first weeks of January the demo has too little of this year
 * yet, so the test asks for the last twelve months instead (the same list, a longer period).
 */
const EARLY_JANUARY = (() => {
  const [month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', month: '2-digit', day: '2-digit' }).format(new Date()).split('-').map(Number);
  return month === 1 && day <= 21;
})();
const PERIOD = EARLY_JANUARY
  ? { label: 'Last 12 months', url: /period=12m/, since: sql12m() }
  : { label: 'This year', url: /period=year/, since: `date_trunc('year', now() at time zone 'Europe/Oslo') at time zone 'Europe/Oslo'` };
/** the first day of the twelve months that end today, as the list counts them (Oslo's days) */
function sql12m() {
  return `(date_trunc('day', now() at time zone 'Europe/Oslo') - interval '12 months' + interval '1 day') at time zone 'Europe/Oslo'`;
}

/** The request enterprise customers in Sweden asked for with the most revenue in the period, from the raw rows. */
async function topRequest(): Promise<{ id: string; title: string; revenue: number }> {
  const rows = await portal.database.sql`
    with asked as (
      select distinct l.feature_request_id as id, c.id as customer, c.annual_revenue
      from feature_request_feedback l join feedback f on f.id = l.feedback_id join customers c on c.id = f.customer_id
      join feature_requests r on r.id = l.feature_request_id
      where r.merged_into_id is null and c.segment = 'ENTERPRISE' and c.region = any(${SWEDEN})
        and f.received_at >= ${portal.database.sql.unsafe(PERIOD.since)}
    )
    select a.id, r.title, sum(coalesce(a.annual_revenue, 0))::float8 as revenue
    from asked a join feature_requests r on r.id = a.id group by a.id, r.title order by revenue desc, a.id desc limit 1`;
  return { id: String(rows[0].id), title: rows[0].title, revenue: Number(rows[0].revenue) };
}

async function pick(page: Page, filter: string, options: string[]) {
  await page.getByTestId(`filter-requests-${filter}`).click();
  for (const option of options) {
    await page.getByTestId(`filter-requests-${filter}-menu`).locator('.n-base-select-option', { hasText: option }).first().click();
  }
  await page.keyboard.press('Escape');
}

describe('feature requests in Chromium', () => {
  let employee: Page;
  let lead: Page;
  let top: { id: string; title: string; revenue: number };

  it('the employee links a customer’s feedback to a request from the feedback page', async () => {
    employee = await portal.newPage();
    await signIn(employee, 'employee@chorus.demo');
    await employee.goto(`/feedback/${ids.feedback}`);
    const panel = employee.getByRole('region', { name: 'Feature requests' });
    await poll(() => panel.isVisible()).toBe(true);
    // feedback classified as a feature request gets suggestions
    await poll(() => employee.getByTestId('link-suggested').count()).toBeGreaterThan(0);
    await panel.getByLabel('Find a feature request').fill('ERP');
    // the search found the duplicate: link it (a row of the search's results, with its Link button)
    const found = panel.getByTestId('request-row').filter({ hasText: DUPLICATE }).filter({ has: employee.getByTestId('link-found') })
      .getByRole('button', { name: 'Link', exact: true });
    await poll(() => found.count()).toBe(1);
    await found.click();
    await poll(async () => (await employee.getByTestId('linked-requests').innerText())).toContain(DUPLICATE);
    const [link] = await portal.database.sql`select linked_by_id from feature_request_feedback where feedback_id = ${ids.feedback}`;
    const [me] = await portal.database.sql`select id from users where email = 'employee@chorus.demo'`;
    expect(String(link.linked_by_id)).toBe(String(me.id));
    await expectNoSeriousAxeViolations(employee);
  });

  it('the Product LEAD filters to enterprise customers in Sweden this year, by revenue, and opens the top request', async () => {
    top = await topRequest();
    lead = await portal.newPage();
    await signIn(lead, 'lead.product@chorus.demo');
    await lead.goto('/feature-requests');
    await poll(() => lead.getByTestId('request-row').count()).toBeGreaterThan(0);
    await pick(lead, 'segments', ['Enterprise']);
    await lead.waitForURL(/segments=ENTERPRISE/);
    await pick(lead, 'regions', SWEDEN);
    await lead.waitForURL(/regions=/);
    await lead.getByLabel('Period').selectOption({ label: PERIOD.label });
    await lead.waitForURL(PERIOD.url);
    await lead.getByLabel('Sort by').selectOption({ label: 'Revenue' });
    await lead.waitForLoadState('networkidle');
    const first = lead.getByTestId('request-row').first();
    await poll(() => first.getAttribute('data-id')).toBe(top.id);
    expect(await first.innerText()).toContain(top.title);
    // the figure shown is the recomputed one
    expect(Number((await first.getByTestId('request-revenue').innerText()).replace(/\D/g, ''))).toBe(Math.round(top.revenue));
    await expectNoSeriousAxeViolations(lead);
    await first.getByRole('link').first().click();
    await lead.waitForURL(new RegExp(`/feature-requests/${top.id}$`));
    await poll(() => lead.getByTestId('request-title').innerText()).toContain(top.title);
    await expectNoSeriousAxeViolations(lead);
  });

  it('merges the duplicate into it; the duplicate’s page leads to it', async () => {
    const count = async () => Number((await lead.getByTestId('request-feedback-count').innerText()).replace(/\D/g, ''));
    await poll(count).toBeGreaterThan(0);
    const before = await count();
    await lead.getByRole('button', { name: 'Merge a duplicate' }).click();
    await lead.getByLabel('Find the duplicate').fill('ERP');
    // the search's own results (not any list on the page that mentions the title)
    const choice = lead.getByTestId('merge-search-results').getByTestId('request-row').filter({ hasText: DUPLICATE }).getByRole('button', { name: 'Choose' });
    await poll(() => choice.count()).toBe(1);
    await choice.click();
    const dialog = lead.getByRole('dialog');
    await poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    // the merged list itself (the search that found the duplicate sits in the same card)
    await poll(() => lead.getByTestId('request-merged-item').filter({ hasText: DUPLICATE }).count()).toBe(1);
    const [row] = await portal.database.sql`select merged_into_id from feature_requests where id = ${ids.duplicate}`;
    expect(String(row.merged_into_id)).toBe(top.id);
    // the count follows (a feedback linked to both counts once): it equals the links now held
    const [{ n }] = await portal.database.sql`select count(*)::int as n from feature_request_feedback where feature_request_id = ${top.id}`;
    expect(n).toBeGreaterThan(before);
    await poll(async () => Number((await lead.getByTestId('request-feedback-count').innerText()).replace(/\D/g, ''))).toBe(n);
    // the employee's link moved with it
    const [link] = await portal.database.sql`select feature_request_id from feature_request_feedback where feedback_id = ${ids.feedback}`;
    expect(String(link.feature_request_id)).toBe(top.id);

    const visitor = await portal.newPage();
    await signIn(visitor, 'exec@chorus.demo');
    await visitor.goto(`/feature-requests/${ids.duplicate}`);
    await visitor.waitForURL(new RegExp(`/feature-requests/${top.id}(\\?|$)`));
    await poll(() => visitor.getByTestId('request-title').innerText()).toContain(top.title);
    await visitor.context().close();
  });

  it('marks it shipped and creates the follow-ups, one per customer who asked', async () => {
    const status = lead.getByRole('group', { name: 'New status' });
    await status.getByRole('radio', { name: 'Shipped' }).check();
    await lead.getByLabel('Note').fill('Live for every Nordfrakt Delivery customer.');
    await lead.getByRole('button', { name: 'Change status' }).click();
    await poll(async () => (await lead.getByTestId('request-status').innerText())).toContain('Shipped');
    const askers = await portal.database.sql`select count(distinct coalesce('c' || f.customer_id, 'p' || f.contact_id))::int as n
      from feature_request_feedback l join feedback f on f.id = l.feedback_id
      where l.feature_request_id = ${top.id} and (f.customer_id is not null or f.contact_id is not null)`;
    expect(askers[0].n).toBeGreaterThan(0);
    await lead.getByRole('button', { name: 'Tell the customers' }).click();
    await poll(async () => (await portal.database.sql`select count(*)::int as n from action_items where feature_request_id = ${top.id}`)[0].n).toBe(askers[0].n);
    // each assigned to the LEAD of the department its feedback is routed to
    const wrong = await portal.database.sql`select a.id from action_items a join feedback f on f.id = a.feedback_id
      where a.feature_request_id = ${top.id} and a.assignee_id is distinct from
        (select u.id from users u where u.department_id = f.department_id and u.role = 'LEAD' order by u.id limit 1)`;
    expect(wrong).toEqual([]);
    await poll(() => lead.getByTestId('asker-follow-up').first().innerText()).not.toBe('');
    await expectNoSeriousAxeViolations(lead);
  });

  it('the employee who linked the feedback reads “you asked, we did”', async () => {
    await employee.goto('/feedback');
    await poll(async () => Number(await employee.getByTestId('notifications-count').innerText().catch(() => '0'))).toBeGreaterThan(0);
    await employee.getByTestId('notifications-button').click();
    const notice = employee.getByTestId('notification').filter({ hasText: 'You asked, we did' }).first();
    await poll(() => notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain(top.title);
    await expectNoSeriousAxeViolations(employee);
    await notice.click();
    await employee.waitForURL(new RegExp(`/feature-requests/${top.id}`));
  });

  it('on a phone the list shows cards, its filters folded behind a button that opens them', async () => {
    await lead.setViewportSize({ width: 390, height: 844 });
    await lead.goto('/feature-requests?segments=ENTERPRISE');
    await poll(() => lead.getByTestId('request-row').count()).toBeGreaterThan(0);
    expect(await lead.getByTestId('requests-table').count()).toBe(0);
    const toggle = lead.getByTestId('requests-toggle-filters');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await lead.getByLabel('Period').isVisible()).toBe(false);
    await toggle.click();
    await poll(() => lead.getByLabel('Period').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // the panel has finished opening (axe would measure the contrast of a half-faded label)
    await poll(() => lead.evaluate(() => {
      const panel = document.getElementById('requests-filter-panel')!;
      return [panel, panel.parentElement!].every((el) => getComputedStyle(el).opacity === '1' && !el.className.includes('transition-enter'));
    })).toBe(true);
    // nothing wider than the screen
    expect(await lead.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousAxeViolations(lead);
  });
});
