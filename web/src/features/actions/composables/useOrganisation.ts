import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { OrganisationQuery } from '../graphql/organisation.query';

/** The organisation's time zone, asked once a session (the shell provides it to useFormat). */
export function useOrganisationTimeZone() {
  const { result } = useQuery(OrganisationQuery, null, { fetchPolicy: 'cache-first' });
  return computed(() => result.value?.organisation.timeZone);
}
