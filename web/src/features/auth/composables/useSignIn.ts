import { ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { isAppLocale } from '@/app/i18n/locale';
import type { Role } from '@/gql/graphql';
import { useLocale } from '@/shared/composables/useLocale';
import { errorCodes } from '@/shared/errors';
import { SignInMutation } from '../graphql/signIn.mutation';
import { ViewerQuery } from '../graphql/viewer.query';
import { useSaveLocale } from './useSaveLocale';

export type SignInError = 'credentials' | 'network' | 'other';

/** Maps the API's answer to what the form tells the user; unknown email and wrong password read the same. */
export function signInErrorOf(error: unknown): SignInError {
  const codes = errorCodes(error);
  if (codes.includes('UNAUTHENTICATED') || codes.includes('BAD_USER_INPUT')) return 'credentials';
  if (codes.includes('NETWORK')) return 'network';
  return 'other';
}

export function useSignIn() {
  const { resolveClient } = useApolloClient();
  const { mutate, loading } = useMutation(SignInMutation);
  const error = ref<SignInError | null>(null);
  const { locale, setLocale } = useLocale();
  const saveLocale = useSaveLocale();

  /** The signed-in user's role (where they land depends on it), or null when signing in failed. */
  async function signIn(email: string, password: string): Promise<Role | null> {
    error.value = null;
    try {
      const result = await mutate({ email: email.trim(), password });
      const user = result?.data?.signIn;
      if (!user) {
        error.value = 'other';
        return null;
      }
      // Nothing seen in an earlier session may leak into this one (masked contacts differ per user).
      const client = resolveClient();
      await client.clearStore();
      client.writeQuery({ query: ViewerQuery, data: { viewer: user } });
      // the language they chose before, on whatever device; or, the first time, the one they use now
      if (user.locale && isAppLocale(user.locale)) setLocale(user.locale);
      else await saveLocale(locale.value);
      return user.role;
    } catch (e) {
      error.value = signInErrorOf(e);
      return null;
    }
  }

  return { signIn, loading, error };
}
