import { useMutation } from '@vue/apollo-composable';
import type { CreateFeatureRequestInput } from '@/gql/graphql';
import { type Failure, useFailures } from '@/shared/composables/useFailures';
import { CreateFeatureRequestMutation } from '../graphql/createFeatureRequest.mutation';

/** Limits the API enforces too (feature-requests.policy.ts LIMITS); the form checks them first. */
export const TITLE_MAX = 199;
export const DESCRIPTION_MAX = 5_000;

export type CreateResult = { id: string; failure: null } | { id: null; failure: Failure };

export function useCreateFeatureRequest() {
  const { failureOf } = useFailures();
  const { mutate, loading } = useMutation(CreateFeatureRequestMutation, {
    // every list (any filter, any order, every board column) may now hold it: ask again when shown
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'featureRequests' });
      cache.gc();
    },
  });

  async function create(input: CreateFeatureRequestInput): Promise<CreateResult> {
    try {
      const result = await mutate({ input });
      const id = result?.data?.createFeatureRequest.id;
      return id ? { id, failure: null } : { id: null, failure: failureOf(null) };
    } catch (e) {
      return { id: null, failure: failureOf(e) };
    }
  }

  return { create, saving: loading };
}
