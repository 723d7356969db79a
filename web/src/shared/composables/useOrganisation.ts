import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { OrganisationQuery } from '@/shared/graphql/organisation.query';

/** product.md's default, until the organisation's own setting has arrived */
const MIN_RESPONSES = 30;

/** The organisation's settings, asked once a session (the shell provides the time zone to useFormat). */
export function useOrganisation() {
  const { result } = useQuery(OrganisationQuery, null, { fetchPolicy: 'cache-first' });
  return {
    timeZone: computed(() => result.value?.organisation.timeZone),
    minResponses: computed(() => result.value?.organisation.minResponses ?? MIN_RESPONSES),
  };
}
