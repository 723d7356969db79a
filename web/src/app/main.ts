import { createApp, h, provide } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';
import { createApolloClient } from './apollo';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import './styles.css';

const i18n = createAppI18n();

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

createApp({
  setup() {
    provide(DefaultApolloClient, apollo);
  },
  render: () => h(App),
})
  .use(i18n)
  .use(router)
  .mount('#app');
