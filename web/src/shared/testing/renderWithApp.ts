// Component tests: a real i18n, a real router (memory history) and a real Apollo client whose
// link answers from a list of expected requests (Apollo's MockLink). The end-to-end tests run the
// same pages against the real API.
import { ApolloClient, type NormalizedCacheObject } from '@apollo/client/core';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { MockLink, type MockedResponse } from '@apollo/client/testing/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type RouteRecordRaw, RouterView } from 'vue-router';
import { createCache } from '@/app/apollo';
import { createAppI18n } from '@/app/i18n';
import type { AppLocale } from '@/app/i18n/locale';

loadDevMessages();
loadErrorMessages();

const Stub = defineComponent({ name: 'Stub', render: () => h('div', { 'data-testid': 'stub' }) });

export interface RenderOptions {
  path: string;
  routes: RouteRecordRaw[];
  mocks?: MockedResponse[];
  locale?: AppLocale;
}

/** Mounts the app's router view at `path`: the page under test must be one of `routes`. */
export async function renderWithApp({ path, routes, mocks = [], locale = 'en' }: RenderOptions) {
  const client: ApolloClient<NormalizedCacheObject> = new ApolloClient({
    link: new MockLink(mocks, true, { showWarnings: false }),
    cache: createCache(),
  });
  // Named routes the pages link to; a test's own routes take precedence.
  const stubs: RouteRecordRaw[] = [
    { path: '/feedback', name: 'feedback', component: Stub },
    { path: '/feedback/:id', name: 'feedback-detail', component: Stub },
    { path: '/:rest(.*)*', name: 'other', component: Stub },
  ].filter((stub) => !routes.some((r) => r.name === stub.name));
  const router = createRouter({ history: createMemoryHistory(), routes: [...routes, ...stubs] });
  await router.push(path);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n(locale), router],
      provide: { [DefaultApolloClient as symbol]: client },
    },
  });
  await settle();
  return { wrapper, router, client };
}

/** Lets Apollo answer and Vue re-render (MockLink answers on a timer). */
export async function settle() {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
