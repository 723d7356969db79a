import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { CustomerFeedbackQuery } from '../graphql/customerFeedback.query';

export const HISTORY_SIZE = 10;

/** The customer's latest feedback, without the item being looked at. */
export function useCustomerFeedback(customerId: Ref<string>, exceptId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(CustomerFeedbackQuery, () => ({
    customerId: customerId.value,
    first: HISTORY_SIZE + 1,
  }));
  const items = computed(() =>
    (result.value?.feedback.edges ?? [])
      .map((e) => e.node)
      .filter((n) => n.id !== exceptId.value)
      .slice(0, HISTORY_SIZE),
  );
  const totalCount = computed(() => result.value?.feedback.totalCount ?? 0);
  return { items, totalCount, loading, error, refetch: () => refetch() };
}
