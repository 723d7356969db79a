// Issue 3's walk through the forum: an employee posts an idea from a feedback item, a colleague votes
// and comments, the department's lead declines it with a reason, and the author hears of it. And the
// OWASP vectors, posted as an idea and as comments, do not run in the browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_VECTORS } from '@chorus/db/testing';
import { expectNoSeriousAxeViolations, signIn, startPortal, type Portal } from './support';

let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(async () => { await portal?.close(); });

async function pickOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByTestId(`${testId}-menu`).locator('.n-base-select-option', { hasText: option }).first().click();
}

describe('the ideas forum in Chromium', () => {
  let ideaPath = '';
  const title = 'Text customers when their delivery slips';

  it('lets an employee post an idea from a feedback item', async () => {
    const [item] = await portal.database.sql<{ id: string }[]>`
      select id from feedback where category = 'COMPLAINT' and text is not null order by received_at desc limit 1`;
    const page = await portal.newPage();
    await signIn(page, 'employee@chorus.demo');
    await page.goto(`/feedback/${item.id}`);
    await expect.poll(() => page.getByTestId('feedback-title').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId('propose-idea').click();
    await page.waitForURL(new RegExp(`/ideas/new\\?feedback=${item.id}`));
    await expect.poll(() => page.getByTestId('idea-evidence').innerText()).toContain(String(item.id));
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId('idea-title-input').fill(title);
    await page.getByTestId('idea-body-input').fill('When a delivery is **late**, we should:\n\n- send an SMS\n- offer a new slot');
    await page.getByTestId('idea-preview-tab').click();
    await expect.poll(() => page.getByTestId('idea-preview').innerHTML()).toContain('<strong>late</strong>');
    await pickOption(page, 'idea-department', 'Support');
    await page.getByTestId('idea-submit').click();
    await page.waitForURL(/\/ideas\/\d+$/);
    ideaPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('idea-title').innerText()).toContain(title);
    await expect.poll(() => page.getByTestId('idea-feedback').count()).toBe(1);
    expect(await page.getByTestId('idea-body').innerHTML()).toContain('<li>send an SMS</li>');
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('lets a colleague vote and comment', async () => {
    const page = await portal.newPage();
    await signIn(page, 'exec@chorus.demo');
    await page.goto(ideaPath);
    const vote = page.getByTestId('vote-button');
    await expect.poll(() => vote.getAttribute('data-voted')).toBe('false');
    await vote.click();
    await expect.poll(() => vote.getAttribute('data-voted')).toBe('true');
    expect(await page.getByTestId('vote-count').innerText()).toBe('1');
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId('comment-input').fill('Yes please, this would save us many calls.');
    await page.getByTestId('comment-submit').click();
    await expect.poll(() => page.getByTestId('comment').count()).toBe(1);
    await page.context().close();
  });

  it('lets the lead of the department decline it, with a reason', async () => {
    const page = await portal.newPage();
    await signIn(page, 'lead.support@chorus.demo');
    await page.goto(ideaPath);
    await pickOption(page, 'status-select', 'Declined');
    await page.getByTestId('status-submit').click();
    // no reason: the field says so and nothing changes
    await expect.poll(() => page.getByTestId('status-reason-error').count()).toBe(1);
    await page.getByTestId('status-reason').fill('The SMS gateway is being replaced this quarter; we will revisit after.');
    await page.getByTestId('status-submit').click();
    await expect.poll(() => page.getByTestId('idea-status').innerText()).toMatch(/Declined/i);
    await expect.poll(() => page.getByTestId('timeline-entry').count()).toBe(2);
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });

  it('tells the author, who sees the reason', async () => {
    const page = await portal.newPage();
    await signIn(page, 'employee@chorus.demo');
    await expect.poll(() => page.getByTestId('feedback-row').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);
    await page.getByTestId('notifications-button').click();
    const note = page.locator('[data-testid="notification"][data-type="IDEA_STATUS"]', { hasText: title }).first();
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.innerText()).toContain('The SMS gateway is being replaced');
    await note.click();
    await page.waitForURL(new RegExp(`${ideaPath}$`));
    await expect.poll(() => page.locator('body').innerText()).toContain('The SMS gateway is being replaced this quarter');
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });
});

describe('user-written HTML in Chromium', () => {
  it('runs none of the OWASP vectors posted as an idea and as comments', async () => {
    const page = await portal.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    await signIn(page, 'employee@chorus.demo');
    // through the API with the page's session, as the portal itself would send them
    const gql = (query: string, variables: object) => page.evaluate(async ([q, v]) => {
      const r = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q, variables: v }) });
      return r.json();
    }, [query, variables] as const);
    const [support] = await portal.database.sql<{ id: string }[]>`select id from departments where name = 'Support'`;
    const posted = await gql(`mutation($input: PostIdeaInput!) { postIdea(input: $input) { id } }`, {
      input: { title: 'Vectors', body: XSS_VECTORS.join('\n\n'), departmentId: String(support.id) },
    });
    const id = posted.data.postIdea.id;
    for (const body of XSS_VECTORS) await gql(`mutation($id: ID!, $body: String!) { commentOnIdea(id: $id, body: $body) { id } }`, { id, body });

    await page.goto(`/ideas/${id}`);
    await expect.poll(() => page.getByTestId('comment').count()).toBeGreaterThan(0);
    // every comment on the page: load more until there is no more
    while (await page.getByTestId('comments-load-more').count()) {
      const shown = await page.getByTestId('comment').count();
      await page.getByTestId('comments-load-more').click();
      await expect.poll(() => page.getByTestId('comment').count()).toBeGreaterThan(shown);
    }
    expect(await page.getByTestId('comment').count()).toBe(XSS_VECTORS.length);
    await expectNoSeriousAxeViolations(page);
    // hover and click over everything rendered, as a curious reader would
    for (const link of await page.getByTestId('idea-body').locator('a').all()) await link.hover();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    const html = await page.getByTestId('idea-body').innerHTML();
    expect(html).not.toMatch(/<script/i);
    expect(await page.locator('[data-testid="idea-body"] [onerror], [data-testid="idea-body"] [onload], [data-testid="comment"] [onerror]').count()).toBe(0);
    await page.context().close();
  });
});
