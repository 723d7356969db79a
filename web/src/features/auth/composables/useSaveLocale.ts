import { useApolloClient } from '@vue/apollo-composable';
import type { AppLocale } from '@/app/i18n/locale';
import { SetLocaleMutation } from '../graphql/setLocale.mutation';
import { ViewerQuery } from '../graphql/viewer.query';

/**
 * Keeps the signed-in user's language choice on the server too, for what reaches them outside the
 * portal (escalation emails, digests). Signed out there is no one to remember it for; a failure only
 * costs the emails' language, so it is not shown.
 */
export function useSaveLocale() {
  const { resolveClient } = useApolloClient();
  return async function saveLocale(locale: AppLocale): Promise<void> {
    const client = resolveClient();
    const viewer = client.readQuery({ query: ViewerQuery })?.viewer;
    if (!viewer || viewer.locale === locale) return;
    await client.mutate({ mutation: SetLocaleMutation, variables: { locale } }).catch(() => undefined);
  };
}
