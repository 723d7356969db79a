import { useMutation } from '@vue/apollo-composable';
import type { EditIdeaInput, PostIdeaInput } from '@/gql/graphql';
import { EditIdeaMutation } from '../graphql/editIdea.mutation';
import { PostIdeaMutation } from '../graphql/postIdea.mutation';
import { useFailures, type Failure } from '@/shared/composables/useFailures';

/** Limits the API enforces too (api ideas.rules.ts); the form checks them first. */
export const TITLE_MAX = 200;
export const BODY_MAX = 20_000;
export const CATEGORY_MAX = 60;
export const EVIDENCE_MAX = 20;

export type SaveResult = { id: string; failure: null } | { id: null; failure: Failure };

export function useSaveIdea() {
  const { failureOf } = useFailures();
  const post = useMutation(PostIdeaMutation, {
    // the forum's lists (any filter, any order) are stale once an idea is added
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
      cache.gc();
    },
  });
  const edit = useMutation(EditIdeaMutation);

  async function save(input: PostIdeaInput | EditIdeaInput): Promise<SaveResult> {
    try {
      if ('id' in input) {
        const result = await edit.mutate({ input });
        return { id: result?.data?.editIdea.id ?? String(input.id), failure: null };
      }
      const result = await post.mutate({ input });
      const id = result?.data?.postIdea.id;
      return id ? { id, failure: null } : { id: null, failure: failureOf(null) };
    } catch (e) {
      return { id: null, failure: failureOf(e) };
    }
  }

  return { save, saving: post.loading, editing: edit.loading };
}
