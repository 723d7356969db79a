import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { ResponseGroup, ResponseTimeFilter } from '@/gql/graphql';
import { ResponseTimesQuery } from '../graphql/responseTimes.query';

export function useResponseTimes(variables: Ref<{ filter: ResponseTimeFilter; groupBy: ResponseGroup }>) {
  const { result, loading, error, refetch } = useQuery(ResponseTimesQuery, () => variables.value, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    rows: computed(() => result.value?.responseTimes ?? []),
    loaded: computed(() => result.value !== undefined),
    loading,
    error,
    refetch: () => refetch(),
  };
}
