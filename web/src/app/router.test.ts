import { ApolloClient, InMemoryCache } from '@apollo/client/core';
import { MockLink } from '@apollo/client/testing/core';
import { createMemoryHistory } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';
import { createAppRouter, landingFor, safeRedirect } from './router';

const viewer = (role: string) => ({
  __typename: 'User',
  id: '1',
  name: 'Someone',
  email: 'someone@chorus.demo',
  role,
  locale: 'en',
  department: { __typename: 'Department', id: '1', name: 'Management' },
});

/** The app's router with the viewer in the cache: the guard decides without asking the API. */
function routerFor(role: string | null) {
  const client = new ApolloClient({ link: new MockLink([]), cache: new InMemoryCache() });
  client.writeQuery({ query: ViewerQuery, data: { viewer: role ? viewer(role) : null } as never });
  return createAppRouter(client, createMemoryHistory());
}

describe('where people land', () => {
  it('sends executives to the dashboard and everyone else to the inbox', () => {
    expect(landingFor('EXECUTIVE')).toBe('/dashboard');
    for (const role of ['EMPLOYEE', 'LEAD', 'ADMIN', null] as const) expect(landingFor(role)).toBe('/feedback');
    expect(safeRedirect(undefined, 'EXECUTIVE')).toBe('/dashboard');
    expect(safeRedirect('/', 'EXECUTIVE')).toBe('/dashboard');
    expect(safeRedirect('/ideas', 'EXECUTIVE')).toBe('/ideas');
    expect(safeRedirect('//evil.example', 'LEAD')).toBe('/feedback');
  });

  it('opens "/" as the signed-in viewer’s landing page', async () => {
    const exec = routerFor('EXECUTIVE');
    await exec.push('/');
    expect(exec.currentRoute.value.path).toBe('/dashboard');

    const lead = routerFor('LEAD');
    await lead.push('/');
    expect(lead.currentRoute.value.path).toBe('/feedback');

    const nobody = routerFor(null);
    await nobody.push('/');
    expect(nobody.currentRoute.value.fullPath).toBe('/sign-in');
    // the first navigation loads the pages' code (the shell, the dashboard's charts)
  }, 60_000);
});

describe('feature requests', () => {
  it('opens the list and a request’s page, both under the Feature requests entry', () => {
    const router = routerFor('EMPLOYEE');
    const list = router.resolve('/feature-requests?segments=ENTERPRISE&view=board');
    expect(list.name).toBe('feature-requests');
    expect(list.meta).toMatchObject({ title: 'nav.featureRequests', nav: 'feature-requests' });
    const detail = router.resolve('/feature-requests/42');
    expect(detail.name).toBe('feature-request-detail');
    expect(detail.params).toEqual({ id: '42' });
    expect(detail.meta).toMatchObject({ title: 'featureRequests.request.title', nav: 'feature-requests' });
    // no longer a coming-soon page
    expect(router.getRoutes().some((r) => r.props.default && (r.props.default as { feature?: string }).feature === 'featureRequests')).toBe(false);
  });
});
