import type { MockedResponse } from '@apollo/client/testing/core';
import { GraphQLError } from 'graphql';
import { NSelect } from 'naive-ui';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { CreateFeatureRequestMutation } from '../graphql/createFeatureRequest.mutation';
import { FeatureRequestExportQuery } from '../graphql/featureRequestExport.query';
import { FeatureRequestListQuery } from '../graphql/featureRequestList.query';
import { connection, filterOptions, listPage, organisation, permissions, REVENUE_DESC, requestNode } from '../testing/listFixtures';
import FeatureRequestListPage from './FeatureRequestListPage.vue';

const downloads = vi.hoisted(() => [] as { csv: string; name: string }[]);
vi.mock('@/shared/csv', async (original) => ({
  ...(await original<typeof import('@/shared/csv')>()),
  downloadCsv: (csv: string, name: string) => downloads.push({ csv, name }),
}));

const routes = [
  { path: '/feature-requests', name: 'feature-requests', component: FeatureRequestListPage },
  { path: '/feature-requests/:id', name: 'feature-request-detail', component: { template: '<p data-testid="request-page" />' } },
];
const base = (allowed = false) => [permissions(allowed), organisation, filterOptions];
const ids = (wrapper: Awaited<ReturnType<typeof renderWithApp>>['wrapper'], testid = 'request-row') =>
  wrapper.findAll(`[data-testid="${testid}"]`).map((r) => r.attributes('data-id'));

afterEach(() => {
  document.body.innerHTML = '';
  downloads.length = 0;
});

describe('FeatureRequestListPage', () => {
  it('lists the requests of the filter in the URL, their figures counted under it', async () => {
    const filter = { segments: ['ENTERPRISE'], receivedFrom: '2025-12-31T23:00:00.000Z', receivedTo: '2026-04-01T22:00:00.000Z' };
    const { wrapper } = await renderWithApp({
      path: '/feature-requests?segments=ENTERPRISE&from=2026-01-01&to=2026-04-01',
      routes,
      mocks: [...base(), listPage(filter, ['1', '2'], 2)],
    });
    expect(ids(wrapper)).toEqual(['1', '2']);
    const row = wrapper.get('[data-testid="request-row"]');
    const link = row.get('a');
    expect(link.text()).toBe('Request 1');
    expect(link.attributes('href')).toBe('/feature-requests/1');
    expect(row.text()).toContain('Fleet app');
    expect(row.text()).toContain('Planned');
    expect(row.get('[data-testid="request-revenue"]').text()).toBe('1,234,568');
    expect(row.get('[data-testid="request-customers"]').text()).toBe('6');
    expect(row.get('[data-testid="request-feedback"]').text()).toBe('14');
    expect(row.get('[data-testid="request-trend"]').text()).toBe(
      'Linked feedback per quarter: Q3 2024: 0, Q4 2024: 1, Q1 2025: 2, Q2 2025: 3, Q3 2025: 4, Q4 2025: 5, Q1 2026: 6, Q2 2026: 7',
    );
    const headers = wrapper.findAll('thead th').map((th) => th.text());
    expect(headers).toContain('Annual revenue');
    expect(wrapper.get('thead th[aria-sort]').text()).toBe('Annual revenue');
    expect(wrapper.get('[data-testid="requests-scope"]').text()).toBe(
      'Customers, revenue and feedback count only feedback from the chosen segments, regions and period.',
    );
    expect(wrapper.get('[data-testid="requests-total"]').text()).toBe('2 feature requests');
    // the filter controls are named as a person (and an end-to-end test) finds them
    expect(document.querySelector('[aria-label="Segment"]')).not.toBeNull();
    expect(document.querySelector('[aria-label="Region"]')).not.toBeNull();
    expect(document.querySelector<HTMLLabelElement>('label[for="requests-period"]')?.textContent).toBe('Period');
    expect(document.querySelector<HTMLSelectElement>('#requests-period')?.value).toBe('custom');
    expect(document.querySelector<HTMLLabelElement>('label[for="requests-sort"]')?.textContent).toBe('Sort by');
  });

  it('shows more after the last row', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feature-requests',
      routes,
      mocks: [...base(), listPage({}, ['1', '2'], 3, { hasNextPage: true }), listPage({}, ['3'], 3, { after: 'c-2' })],
    });
    expect(wrapper.text()).toContain('Showing 2 of 3');
    await wrapper.get('[data-testid="requests-load-more"]').trigger('click');
    await settle();
    expect(ids(wrapper)).toEqual(['1', '2', '3']);
    expect(wrapper.find('[data-testid="requests-load-more"]').exists()).toBe(false);
  });

  it('sorts by the chosen figure and keeps it in the URL', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/feature-requests',
      routes,
      mocks: [...base(), listPage({}, ['1', '2'], 2), listPage({}, ['2', '1'], 2, { orderBy: { field: 'CUSTOMERS', direction: 'DESC' } })],
    });
    await wrapper.get('#requests-sort').setValue('CUSTOMERS');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ sort: 'customers' });
    expect(ids(wrapper)).toEqual(['2', '1']);
    expect(wrapper.get('thead th[aria-sort]').text()).toBe('Customers');
  });

  it('says when there are no requests at all', async () => {
    const { wrapper } = await renderWithApp({ path: '/feature-requests', routes, mocks: [...base(), listPage({}, [], 0)] });
    const empty = wrapper.get('[data-testid="requests-empty"]');
    expect(empty.text()).toContain('No feature requests yet');
    expect(empty.find('[data-testid="requests-empty-clear"]').exists()).toBe(false);
  });

  it('says when none match the filters, and clears them', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/feature-requests?regions=Oslo&min=50',
      routes,
      mocks: [...base(), listPage({ regions: ['Oslo'], minCustomers: 50 }, [], 0), listPage({}, ['1'], 1)],
    });
    expect(wrapper.get('[data-testid="requests-empty"]').text()).toContain('No requests match these filters');
    await wrapper.get('[data-testid="requests-empty-clear"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({});
    expect(ids(wrapper)).toEqual(['1']);
  });

  it('shows an error with a retry', async () => {
    const { wrapper } = await renderWithApp({
      path: '/feature-requests',
      routes,
      mocks: [
        ...base(),
        { request: { query: FeatureRequestListQuery, variables: { filter: {}, orderBy: REVENUE_DESC, first: 25, after: null } }, error: new Error('Network down') },
        listPage({}, ['1'], 1),
      ],
    });
    expect(wrapper.get('[data-testid="error-state"]').text()).toContain('The feature requests could not be loaded.');
    await wrapper.get('[data-testid="retry"]').trigger('click');
    await settle();
    expect(ids(wrapper)).toEqual(['1']);
  });

  it('offers "New feature request" only to whoever may create one', async () => {
    const viewer = await renderWithApp({ path: '/feature-requests', routes, mocks: [...base(false), listPage({}, ['1'], 1)] });
    expect(viewer.wrapper.find('[data-testid="new-request"]').exists()).toBe(false);
    viewer.wrapper.unmount();
    const lead = await renderWithApp({ path: '/feature-requests', routes, mocks: [...base(true), listPage({}, ['1'], 1)] });
    expect(lead.wrapper.get('[data-testid="new-request"]').text()).toBe('New feature request');
  });

  it('creates a request, showing what the API refused beside its field, then opens it', async () => {
    const input = { title: 'Offline mode', description: null, productId: '2' };
    const refused: MockedResponse = {
      request: { query: CreateFeatureRequestMutation, variables: { input } },
      result: {
        errors: [
          new GraphQLError('Invalid input', {
            extensions: { code: 'BAD_USER_INPUT', fields: { productId: 'Unknown product.' }, reasons: { productId: { code: 'UNKNOWN_PRODUCT' } } },
          }),
        ],
      },
    };
    const created: MockedResponse = {
      request: { query: CreateFeatureRequestMutation, variables: { input } },
      result: { data: { createFeatureRequest: { ...requestNode('9', { title: 'Offline mode', status: 'UNDER_REVIEW' }), description: null, createdAt: '2026-05-01T10:00:00.000Z' } } },
    };
    const { wrapper, router } = await renderWithApp({ path: '/feature-requests', routes, mocks: [...base(true), listPage({}, ['1'], 1), refused, created] });
    await wrapper.get('[data-testid="new-request"]').trigger('click');
    await settle();
    const form = () => document.querySelector<HTMLFormElement>('[data-testid="new-request-form"]')!;
    // nothing filled in: the form says what is missing before asking the API
    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(document.querySelector('[data-testid="new-request-title-error"]')?.textContent).toBe('Give the request a title.');
    expect(document.querySelector('[data-testid="new-request-product-error"]')?.textContent).toBe('Choose the product the request is for.');

    const title = document.querySelector<HTMLInputElement>('[data-testid="new-request-title"]')!;
    title.value = 'Offline mode';
    title.dispatchEvent(new Event('input'));
    const product = wrapper.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === 'new-request-product')!;
    product.vm.$emit('update:value', '2');
    await settle();
    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(document.querySelector('[data-testid="new-request-product-error"]')?.textContent).toBe('There is no such product.');

    form().dispatchEvent(new Event('submit'));
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/feature-requests/9');
  });

  it('lays the requests out by status on the board, each column its own query', async () => {
    const column = (status: string, ids: string[]): MockedResponse => ({
      request: { query: FeatureRequestListQuery, variables: { filter: { segments: ['SMB'], statuses: [status] }, orderBy: REVENUE_DESC, first: 20, after: null } },
      result: { data: connection(ids, ids.length, false, () => ({ status })) },
    });
    const { wrapper } = await renderWithApp({
      path: '/feature-requests?view=board&segments=SMB',
      routes,
      mocks: [...base(), column('UNDER_REVIEW', ['1', '2']), column('PLANNED', ['3']), column('IN_PROGRESS', []), column('SHIPPED', ['4']), column('DECLINED', [])],
    });
    const columns = wrapper.findAll('[data-testid="board-column"]');
    expect(columns.map((c) => c.attributes('data-status'))).toEqual(['UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED']);
    expect(columns[0].get('h2').text()).toContain('Under review');
    expect(columns[0].attributes('aria-labelledby')).toBe(columns[0].get('h2').attributes('id'));
    expect(columns[0].findAll('[data-testid="board-card"]').map((c) => c.attributes('data-id'))).toEqual(['1', '2']);
    expect(columns[0].get('[data-testid="board-card"] a').attributes('href')).toBe('/feature-requests/1');
    expect(columns[0].get('[data-testid="board-card"]').text()).toContain('6 customers');
    expect(columns[2].text()).toContain('None');
    expect(wrapper.find('[data-testid="requests-table"]').exists()).toBe(false);
  });

  it('exports every page of the filtered list as CSV, not only the loaded one', async () => {
    const exportPage = (after: string | null, pageIds: string[], hasNextPage: boolean): MockedResponse => ({
      request: { query: FeatureRequestExportQuery, variables: { filter: { statuses: ['PLANNED'] }, orderBy: REVENUE_DESC, first: 100, after } },
      result: { data: connection(pageIds, 3, hasNextPage) },
    });
    const { wrapper } = await renderWithApp({
      path: '/feature-requests?statuses=PLANNED',
      routes,
      mocks: [...base(), listPage({ statuses: ['PLANNED'] }, ['1'], 3, { hasNextPage: true }), exportPage(null, ['1', '2'], true), exportPage('c-2', ['3'], false)],
    });
    await wrapper.get('[data-testid="requests-export"]').trigger('click');
    await settle();
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toMatch(/^chorus-feature-requests-\d{4}-\d{2}-\d{2}$/);
    const lines = downloads[0].csv.split('\r\n');
    expect(lines[0]).toBe('Request,Product,Status,Customers,Annual revenue,Feedback,Last asked');
    expect(lines.slice(1, 4)).toEqual(['1', '2', '3'].map((id) => `Request ${id},Fleet app,Planned,6,1234567.8,14,2026-04-02`));
  });
});
