import { computed, type Ref, ref, watch } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { Segment } from '@/gql/graphql';
import { CustomerSearchQuery } from '../graphql/customerSearch.query';

export interface CustomerOption {
  value: string;
  label: string;
  segment?: Segment;
}

/**
 * Remote search for the customer filter. Names of customers already chosen are remembered (from
 * earlier searches, or from the list's rows when the filter came in through a shared URL) so the
 * select can show them while the search box shows something else.
 */
export function useCustomerSearch(selected: Ref<string[]>, known: Ref<CustomerOption[]>) {
  const search = ref('');
  const opened = ref(false);
  const { result, loading } = useQuery(
    CustomerSearchQuery,
    () => ({ search: search.value.trim() || null, first: 20 }),
    () => ({ enabled: opened.value, debounce: 250, fetchPolicy: 'cache-first' }),
  );

  const remembered = ref(new Map<string, CustomerOption>());
  const remember = (list: CustomerOption[]) => {
    for (const o of list) remembered.value.set(o.value, o);
  };
  watch(known, (list) => remember(list), { immediate: true });

  const found = computed<CustomerOption[]>(() =>
    (result.value?.customers ?? []).map((c) => ({ value: c.id, label: c.name, segment: c.segment })),
  );
  watch(found, (list) => remember(list));

  const options = computed<CustomerOption[]>(() => {
    const out = [...found.value];
    for (const id of selected.value) {
      if (!out.some((o) => o.value === id)) out.push(remembered.value.get(id) ?? { value: id, label: `#${id}` });
    }
    return out;
  });

  return { search, opened, options, loading };
}
