import { useMutation } from '@vue/apollo-composable';
import type { CreateFeatureRequestInput } from '@/gql/graphql';
import { useReasonText } from '@/shared/composables/useReasonText';
import { errorMessage, fieldErrors, hasErrorCode } from '@/shared/errors';
import { CreateFeatureRequestMutation } from '../graphql/createFeatureRequest.mutation';

/** Limits the API enforces too (feature-requests.policy.ts LIMITS); the form checks them first. */
export const TITLE_MAX = 150;
export const DESCRIPTION_MAX = 5_000;

/** What the form shows when the API refuses: its words per field, else one message. */
export interface CreateFailure {
  fields: Record<string, string>;
  forbidden: boolean;
  message: string;
}

export type CreateResult = { id: string; failure: null } | { id: null; failure: CreateFailure };

export function useCreateFeatureRequest() {
  const reasonText = useReasonText();
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
      return id ? { id, failure: null } : { id: null, failure: { fields: {}, forbidden: false, message: '' } };
    } catch (e) {
      return { id: null, failure: { fields: fieldErrors(e, reasonText), forbidden: hasErrorCode(e, 'FORBIDDEN'), message: errorMessage(e) } };
    }
  }

  return { create, saving: loading };
}
