import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { hasErrorCode } from '@/shared/errors';
import { IdeaQuery } from '../graphql/idea.query';

export function useIdea(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(IdeaQuery, () => ({ id: id.value }));
  const idea = computed(() => result.value?.idea ?? null);
  // Hidden ideas are null for everyone but admins; an id that is not one reads as "not found" too.
  const notFound = computed(
    () =>
      (!loading.value && result.value !== undefined && result.value.idea === null) ||
      hasErrorCode(error.value, 'NOT_FOUND') ||
      hasErrorCode(error.value, 'BAD_USER_INPUT'),
  );
  return { idea, loading, error, notFound, refetch: () => refetch() };
}
