import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { ResponseGroup, ResponseTimeFilter } from '@/gql/graphql';
import { ResponseTimesQuery } from '../graphql/responseTimes.query';

/** `ready`: false while what the variables are made of (the organisation's time zone) is still coming. */
export function useResponseTimes(variables: Ref<{ filter: ResponseTimeFilter; groupBy: ResponseGroup }>, ready: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(ResponseTimesQuery, () => variables.value, () => ({
    enabled: ready.value,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  }));
  return {
    rows: computed(() => result.value?.responseTimes ?? []),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch: () => refetch(),
  };
}
