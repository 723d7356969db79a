import { computed, type Ref, ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { CommentOnIdeaMutation } from '../graphql/commentOnIdea.mutation';
import { EditIdeaCommentMutation } from '../graphql/editIdeaComment.mutation';
import { IdeaCommentsQuery } from '../graphql/ideaComments.query';
import { useFailures, type Failure } from '@/shared/composables/useFailures';

export const COMMENT_PAGE_SIZE = 20;
/** A comment's longest body; the API checks the same. */
export const COMMENT_MAX = 10_000;

/** An idea's comments, oldest first, grown with "Load more"; posting appends the new one. */
export function useIdeaComments(ideaId: Ref<string>) {
  const { attempt } = useFailures();
  const { result, loading, error, refetch, fetchMore } = useQuery(
    IdeaCommentsQuery,
    () => ({ id: ideaId.value, first: COMMENT_PAGE_SIZE, after: null }),
    { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
  );
  const connection = computed(() => result.value?.idea?.comments ?? null);
  const comments = computed(() => connection.value?.edges.map((e) => e.node) ?? []);
  const totalCount = computed(() => connection.value?.totalCount ?? 0);
  const hasMore = computed(() => !!connection.value?.pageInfo.hasNextPage);
  const loadingMore = ref(false);

  async function more(after: string | null) {
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { after } });
    } finally {
      loadingMore.value = false;
    }
  }

  async function loadMore() {
    const after = connection.value?.pageInfo.endCursor;
    if (!hasMore.value || !after || loadingMore.value) return;
    await more(after);
  }

  const commentMutation = useMutation(CommentOnIdeaMutation);
  const editMutation = useMutation(EditIdeaCommentMutation);

  async function comment(body: string): Promise<Failure | null> {
    const failure = await attempt(() => commentMutation.mutate({ id: ideaId.value, body }));
    // The new comment is the last one: fetch what follows the last comment shown, unless older
    // pages are still to load (then "Load more" reaches it).
    if (!failure && !hasMore.value) await more(connection.value?.pageInfo.endCursor ?? null).catch(() => refetch());
    return failure;
  }

  const edit = (id: string, body: string) => attempt(() => editMutation.mutate({ id, body }));

  return {
    comments,
    totalCount,
    hasMore,
    loading,
    loadingMore,
    error,
    refetch: () => refetch(),
    loadMore,
    comment,
    posting: commentMutation.loading,
    edit,
  };
}
