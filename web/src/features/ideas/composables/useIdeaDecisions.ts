import { useMutation } from '@vue/apollo-composable';
import type { IdeaStatus } from '@/gql/graphql';
import { HideIdeaMutation } from '../graphql/hideIdea.mutation';
import { HideIdeaCommentMutation } from '../graphql/hideIdeaComment.mutation';
import { SetIdeaStatusMutation } from '../graphql/setIdeaStatus.mutation';
import { useFailures } from '@/shared/composables/useFailures';

/** The longest status or moderation reason the API takes. */
export const REASON_MAX = 2_000;

/** Statuses in which a lead may turn an idea into action items (the API's rule). */
export const ACTIONABLE: readonly IdeaStatus[] = ['ACCEPTED', 'IN_PROGRESS'];

/** The lead's decision: a new status, with a reason (required by the API for DECLINED). */
export function useSetIdeaStatus() {
  const { attempt } = useFailures();
  const { mutate, loading } = useMutation(SetIdeaStatusMutation);
  const setStatus = (id: string, status: IdeaStatus, reason: string) =>
    attempt(() => mutate({ id, status, reason: reason.trim() || null }));
  return { setStatus, saving: loading };
}

/** An admin hides an abusive idea or comment; the reason goes to the audit log. */
export function useHide() {
  const { attempt } = useFailures();
  const idea = useMutation(HideIdeaMutation);
  const comment = useMutation(HideIdeaCommentMutation);
  const hide = (kind: 'idea' | 'comment', id: string, reason: string) =>
    attempt(() => (kind === 'idea' ? idea.mutate({ id, reason: reason.trim() }) : comment.mutate({ id, reason: reason.trim() })));
  return { hide };
}
