import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { hasErrorCode } from '@/shared/errors';
import { FeedbackItemQuery } from '../graphql/feedbackItem.query';

export function useFeedbackItem(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(FeedbackItemQuery, () => ({ id: id.value }));
  const item = computed(() => result.value?.feedbackItem ?? null);
  // An id that is not one (BAD_USER_INPUT) or not there (null / NOT_FOUND) reads as "not found".
  const notFound = computed(
    () =>
      (!loading.value && result.value !== undefined && result.value.feedbackItem === null) ||
      hasErrorCode(error.value, 'NOT_FOUND') ||
      hasErrorCode(error.value, 'BAD_USER_INPUT'),
  );
  return { item, loading, error, notFound, refetch: () => refetch() };
}
