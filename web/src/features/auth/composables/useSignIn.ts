import { ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { errorCodes } from '@/shared/errors';
import { SignInMutation } from '../graphql/signIn.mutation';
import { ViewerQuery } from '../graphql/viewer.query';

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

  async function signIn(email: string, password: string): Promise<boolean> {
    error.value = null;
    try {
      const result = await mutate({ email: email.trim(), password });
      const user = result?.data?.signIn;
      if (!user) {
        error.value = 'other';
        return false;
      }
      // Nothing seen in an earlier session may leak into this one (masked contacts differ per user).
      const client = resolveClient();
      await client.clearStore();
      client.writeQuery({ query: ViewerQuery, data: { viewer: user } });
      return true;
    } catch (e) {
      error.value = signInErrorOf(e);
      return false;
    }
  }

  return { signIn, loading, error };
}
