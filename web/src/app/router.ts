import type { ApolloClient } from '@apollo/client/core';
import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import type { Role } from '@/gql/graphql';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';

declare module 'vue-router' {
  interface RouteMeta {
    /** reachable without a session */
    public?: boolean;
    /** i18n key of the page title */
    title?: string;
    /** the navigation entry highlighted on this page */
    nav?: string;
    /** roles that may open the page; everyone when absent */
    roles?: Role[];
  }
}

const ComingSoonPage = () => import('@/shared/components/ComingSoonPage.vue');

/** A capability whose screens come later: its place in the navigation, saying what it will hold. */
function comingSoon(path: string, feature: string, nav: string, roles?: Role[]): RouteRecordRaw {
  return { path, name: path, component: ComingSoonPage, props: { feature }, meta: { title: `nav.${feature}`, nav, roles } };
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/features/auth/pages/SignInPage.vue'),
    meta: { public: true, title: 'signIn.title' },
  },
  {
    path: '/',
    component: () => import('./shell/AppShell.vue'),
    children: [
      // where "/" leads depends on who is signed in (landingFor): the guard below sends them on
      { path: '', name: 'home', component: { render: () => null } },
      {
        path: 'feedback',
        name: 'feedback',
        component: () => import('@/features/feedback/pages/FeedbackListPage.vue'),
        meta: { title: 'nav.feedback', nav: 'feedback' },
      },
      {
        path: 'feedback/:id',
        name: 'feedback-detail',
        component: () => import('@/features/feedback/pages/FeedbackDetailPage.vue'),
        props: true,
        meta: { title: 'feedback.detail.titleAnonymous', nav: 'feedback' },
      },
      {
        path: 'actions',
        name: 'actions',
        component: () => import('@/features/actions/pages/MyWorkPage.vue'),
        meta: { title: 'actions.mine.title', nav: 'actions' },
      },
      {
        path: 'actions/queue',
        name: 'actions-queue',
        component: () => import('@/features/actions/pages/QueuePage.vue'),
        meta: { title: 'actions.queue.title', nav: 'actions', roles: ['LEAD', 'ADMIN'] },
      },
      {
        path: 'actions/overdue',
        name: 'actions-overdue',
        component: () => import('@/features/actions/pages/OverduePage.vue'),
        meta: { title: 'actions.overdue.title', nav: 'actions' },
      },
      {
        // the only page with charts: ECharts loads with it, never before
        path: 'actions/response-times',
        name: 'actions-response-times',
        component: () => import('@/features/actions/pages/ResponseTimesPage.vue'),
        meta: { title: 'actions.responseTimes.title', nav: 'actions' },
      },
      {
        path: 'actions/:id',
        name: 'action-item',
        component: () => import('@/features/actions/pages/ActionItemPage.vue'),
        props: true,
        meta: { title: 'actions.item.title', nav: 'actions' },
      },
      {
        // ECharts loads with the chart pages, never before
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('@/features/dashboard/pages/DashboardPage.vue'),
        meta: { title: 'nav.dashboard', nav: 'dashboard' },
      },
      {
        path: 'feature-requests',
        name: 'feature-requests',
        component: () => import('@/features/feature-requests/pages/FeatureRequestListPage.vue'),
        meta: { title: 'nav.featureRequests', nav: 'feature-requests' },
      },
      {
        path: 'feature-requests/:id',
        name: 'feature-request-detail',
        component: () => import('@/features/feature-requests/pages/FeatureRequestPage.vue'),
        props: true,
        meta: { title: 'featureRequests.request.title', nav: 'feature-requests' },
      },
      {
        path: 'ideas',
        name: 'ideas',
        component: () => import('@/features/ideas/pages/IdeaListPage.vue'),
        meta: { title: 'nav.ideas', nav: 'ideas' },
      },
      {
        path: 'ideas/new',
        name: 'idea-new',
        component: () => import('@/features/ideas/pages/IdeaNewPage.vue'),
        meta: { title: 'ideas.form.newTitle', nav: 'ideas' },
      },
      {
        path: 'ideas/:id',
        name: 'idea-detail',
        component: () => import('@/features/ideas/pages/IdeaPage.vue'),
        props: true,
        meta: { title: 'nav.ideas', nav: 'ideas' },
      },
      {
        path: 'ideas/:id/edit',
        name: 'idea-edit',
        component: () => import('@/features/ideas/pages/IdeaEditPage.vue'),
        props: true,
        meta: { title: 'ideas.form.editTitle', nav: 'ideas' },
      },
      comingSoon('import', 'import', 'import', ['ADMIN']),
      comingSoon('admin', 'admin', 'admin', ['ADMIN']),
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/shared/components/NotFoundPage.vue'),
        meta: { title: 'common.notFoundTitle' },
      },
    ],
  },
];

/** Where someone lands after signing in and at "/": executives on the dashboard, everyone else in the inbox. */
export function landingFor(role: Role | null | undefined): string {
  return role === 'EXECUTIVE' ? '/dashboard' : '/feedback';
}

/**
 * Only same-site paths are followed after sign-in (no open redirect to another origin); without one
 * (or with "/") the viewer's landing page.
 */
export function safeRedirect(value: unknown, role?: Role | null): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') && value !== '/'
    ? value
    : landingFor(role);
}

export function createAppRouter(client: ApolloClient<unknown>, history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });

  router.beforeEach(async (to) => {
    let viewer: { role: Role } | null | undefined;
    try {
      // cache-first: one request per session; sign-in writes the viewer, sign-out clears the cache.
      const { data } = await client.query({ query: ViewerQuery, fetchPolicy: 'cache-first' });
      viewer = data.viewer;
    } catch {
      // The API is unreachable: let the page open and show its own error state with a retry.
      return to.name === 'home' ? { name: 'feedback' } : true;
    }
    if (to.meta.public) {
      return viewer ? safeRedirect(to.query.redirect, viewer.role) : true;
    }
    if (!viewer) {
      return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.name === 'home') return landingFor(viewer.role);
    const roles = to.matched.flatMap((r) => r.meta.roles ?? []);
    if (roles.length && !roles.includes(viewer.role)) return { name: 'feedback' };
    return true;
  });

  return router;
}
