import { ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { UnvoteIdeaMutation } from '../graphql/unvoteIdea.mutation';
import { VoteIdeaMutation } from '../graphql/voteIdea.mutation';

export interface Votable {
  id: string;
  votes: number;
  viewerHasVoted: boolean;
}

/**
 * One vote per colleague: the button flips at once (optimistic answer in the cache) and flips
 * back if the API refuses.
 */
export function useVote() {
  const vote = useMutation(VoteIdeaMutation);
  const unvote = useMutation(UnvoteIdeaMutation);
  const pending = ref(false);
  const failed = ref(false);

  async function toggle(idea: Votable) {
    if (pending.value) return;
    pending.value = true;
    failed.value = false;
    const voted = !idea.viewerHasVoted;
    const optimistic = { __typename: 'Idea' as const, id: idea.id, votes: Math.max(0, idea.votes + (voted ? 1 : -1)), viewerHasVoted: voted };
    try {
      if (voted) await vote.mutate({ id: idea.id }, { optimisticResponse: { voteIdea: optimistic } });
      else await unvote.mutate({ id: idea.id }, { optimisticResponse: { unvoteIdea: optimistic } });
    } catch {
      failed.value = true;
    } finally {
      pending.value = false;
    }
  }

  return { toggle, pending, failed };
}
