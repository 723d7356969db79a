import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewerQuery } from '@/features/auth/graphql/viewer.query';
import { renderWithApp, settle } from '@/shared/testing/renderWithApp';
import { SetLocaleMutation } from '../graphql/setLocale.mutation';
import { SignInMutation } from '../graphql/signIn.mutation';
import SignInPage from './SignInPage.vue';

const routes = [{ path: '/sign-in', name: 'sign-in', component: SignInPage }];
const user = {
  __typename: 'User',
  id: '5',
  name: 'Erik Employee',
  email: 'employee@chorus.demo',
  role: 'EMPLOYEE',
  locale: 'nb',
  department: { __typename: 'Department', id: '2', name: 'Sales' },
};

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof renderWithApp>>['wrapper'], email: string, password: string) {
  await wrapper.get('[data-testid="signin-email"]').setValue(email);
  await wrapper.get('[data-testid="signin-password"]').setValue(password);
  await wrapper.get('form').trigger('submit');
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SignInPage', () => {
  it('says "Wrong email or password" when the API refuses the credentials', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/sign-in',
      routes,
      mocks: [
        {
          request: { query: SignInMutation, variables: { email: 'employee@chorus.demo', password: 'nope' } },
          result: { errors: [new GraphQLError('Wrong email or password.', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ],
    });
    expect(wrapper.find('[data-testid="signin-error"]').exists()).toBe(false);
    await fillAndSubmit(wrapper, 'employee@chorus.demo', 'nope');
    expect(wrapper.get('[data-testid="signin-error"]').text()).toBe('Wrong email or password');
    expect(router.currentRoute.value.name).toBe('sign-in');
    // The password is cleared for the next try; the email is kept.
    expect((wrapper.get('[data-testid="signin-password"]').element as HTMLInputElement).value).toBe('');
    expect((wrapper.get('[data-testid="signin-email"]').element as HTMLInputElement).value).toBe('employee@chorus.demo');
  });

  it('signs in, stores the viewer in the cache and follows the redirect', async () => {
    const { wrapper, router, client } = await renderWithApp({
      path: '/sign-in?redirect=/feedback/17',
      routes,
      mocks: [{ request: { query: SignInMutation, variables: { email: 'employee@chorus.demo', password: 'chorus-demo' } }, result: { data: { signIn: user } } }],
    });
    await fillAndSubmit(wrapper, ' employee@chorus.demo ', 'chorus-demo');
    expect(wrapper.find('[data-testid="signin-error"]').exists()).toBe(false);
    expect(router.currentRoute.value.fullPath).toBe('/feedback/17');
    expect(client.readQuery({ query: ViewerQuery })?.viewer?.name).toBe('Erik Employee');
    // the language they chose before follows them to this browser
    expect(document.documentElement.lang).toBe('nb');
  });

  it('remembers the language in use on the server when the user has chosen none yet', async () => {
    let saved: unknown = null;
    const { wrapper, router } = await renderWithApp({
      path: '/sign-in',
      routes: [...routes, { path: '/feedback', name: 'feedback', component: SignInPage }],
      locale: 'sv',
      mocks: [
        { request: { query: SignInMutation, variables: { email: 'a@b.c', password: 'p' } }, result: { data: { signIn: { ...user, locale: null } } } },
        {
          request: { query: SetLocaleMutation, variables: { locale: 'sv' } },
          result: () => { saved = 'sv'; return { data: { setLocale: { __typename: 'User', id: user.id, locale: 'sv' } } }; },
        },
      ],
    });
    await fillAndSubmit(wrapper, 'a@b.c', 'p');
    expect(router.currentRoute.value.name).toBe('feedback');
    expect(saved).toBe('sv');
  });

  it('never redirects off the site', async () => {
    const { wrapper, router } = await renderWithApp({
      path: '/sign-in?redirect=//evil.example/x',
      routes,
      mocks: [{ request: { query: SignInMutation, variables: { email: 'a@b.c', password: 'p' } }, result: { data: { signIn: user } } }],
    });
    await fillAndSubmit(wrapper, 'a@b.c', 'p');
    expect(router.currentRoute.value.fullPath).toBe('/feedback');
  });

  it('lands an executive on the dashboard, and everyone else in the inbox', async () => {
    const executive = { ...user, role: 'EXECUTIVE', email: 'exec@chorus.demo' };
    const { wrapper, router } = await renderWithApp({
      path: '/sign-in',
      routes,
      mocks: [{ request: { query: SignInMutation, variables: { email: 'exec@chorus.demo', password: 'p' } }, result: { data: { signIn: executive } } }],
    });
    await fillAndSubmit(wrapper, 'exec@chorus.demo', 'p');
    expect(router.currentRoute.value.fullPath).toBe('/dashboard');
  });

  it('follows a link an executive opened while signed out rather than their landing page', async () => {
    const executive = { ...user, role: 'EXECUTIVE', email: 'exec@chorus.demo' };
    const { wrapper, router } = await renderWithApp({
      path: '/sign-in?redirect=/feedback/17',
      routes,
      mocks: [{ request: { query: SignInMutation, variables: { email: 'exec@chorus.demo', password: 'p' } }, result: { data: { signIn: executive } } }],
    });
    await fillAndSubmit(wrapper, 'exec@chorus.demo', 'p');
    expect(router.currentRoute.value.fullPath).toBe('/feedback/17');
  });

  it('asks for both fields before sending anything', async () => {
    const { wrapper } = await renderWithApp({ path: '/sign-in', routes });
    await wrapper.get('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain('Enter your email address');
    expect(wrapper.text()).toContain('Enter your password');
  });

  it('lists the demo accounts and fills the form from one', async () => {
    const { wrapper } = await renderWithApp({ path: '/sign-in', routes });
    expect(wrapper.get('[data-testid="demo-accounts"]').text()).toContain('chorus-demo');
    const admin = wrapper.findAll('[data-testid="demo-accounts"] button').find((b) => b.text().includes('admin@chorus.demo'));
    await admin!.trigger('click');
    expect((wrapper.get('[data-testid="signin-email"]').element as HTMLInputElement).value).toBe('admin@chorus.demo');
    expect((wrapper.get('[data-testid="signin-password"]').element as HTMLInputElement).value).toBe('chorus-demo');
  });
});
