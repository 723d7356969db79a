import { createApp, h, provide } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';
import { createApolloClient } from './apollo';
import { createAppI18n, loadMessages } from './i18n';
import { initialLocale } from './i18n/locale';
import { createAppRouter } from './router';
import './styles.css';

// The language's messages are a chunk of their own: fetched at once, alongside the first page's.
const locale = initialLocale();
const messages = loadMessages(locale);
const i18n = createAppI18n(locale);

let leaving = false;
const apollo = createApolloClient({
  onUnauthenticated: () => {
    const current = router.currentRoute.value;
    if (current.meta.public || leaving) return;
    leaving = true;
    // The session ended under us: mark the viewer gone so the guard lets /sign-in open, leave the
    // page, then forget everything the session could see.
    apollo.writeQuery({ query: ViewerQuery, data: { viewer: null } });
    void router
      .replace({ name: 'sign-in', query: { redirect: current.fullPath, expired: '1' } })
      .then(() => apollo.clearStore())
      .finally(() => {
        leaving = false;
      });
  },
});

const router = createAppRouter(apollo);

// The first page's chunks are fetched now, alongside the viewer query, not after it: the router only
// loads a lazy route component once its guard (which waits for that query) has let the page open.
// Vue Router calls the same loader again later and gets the module already there.
for (const record of router.resolve(window.location.pathname + window.location.search).matched) {
  const component = record.components?.default as unknown;
  if (typeof component === 'function' && !('props' in component) && !('__vccOpts' in component) && !('displayName' in component)) {
    void (component as () => Promise<unknown>)().catch(() => undefined);
  }
}

const app = createApp({
  setup() {
    provide(DefaultApolloClient, apollo);
  },
  render: () => h(App),
})
  .use(i18n)
  // the router starts the first navigation (its page's chunk, the viewer query) here, while the
  // messages are still on their way
  .use(router);

messages
  .then((tree) => i18n.global.setLocaleMessage(locale, tree as never))
  .catch(() => {
    // the chunk could not be fetched: the page still opens (its words as keys) rather than stay blank
  })
  .finally(() => app.mount('#app'));
