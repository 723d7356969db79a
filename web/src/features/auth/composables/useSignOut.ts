import { ref } from 'vue';
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { useRouter } from 'vue-router';
import { ViewerQuery } from '../graphql/viewer.query';
import { SignOutMutation } from '../graphql/signOut.mutation';

export function useSignOut() {
  const { resolveClient } = useApolloClient();
  const router = useRouter();
  const { mutate } = useMutation(SignOutMutation);
  const signingOut = ref(false);

  async function signOut() {
    signingOut.value = true;
    try {
      await mutate();
    } catch {
      // Already signed out on the server (expired session): the local part below still applies.
    }
    const client = resolveClient();
    // Mark the viewer gone first so the guard lets /sign-in open, leave the pages whose queries
    // would refetch, and only then drop everything the session could see.
    client.writeQuery({ query: ViewerQuery, data: { viewer: null } });
    await router.push({ name: 'sign-in' });
    await client.clearStore();
    signingOut.value = false;
  }

  return { signOut, signingOut };
}
