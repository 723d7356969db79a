import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { FeedbackFilterOptionsQuery } from '../graphql/filterOptions.query';

export interface Option {
  value: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** Departments, products, themes and regions for the filter panel's selects. */
export function useFilterOptions() {
  const { result, loading, error } = useQuery(FeedbackFilterOptionsQuery, null, { fetchPolicy: 'cache-first' });
  const toOptions = (list: { id: string; name: string }[] | undefined) =>
    (list ?? []).map((x) => ({ value: x.id, label: x.name })).sort(byLabel);
  return {
    loading,
    error,
    departments: computed(() => toOptions(result.value?.departments)),
    products: computed(() => toOptions(result.value?.products)),
    themes: computed(() => toOptions(result.value?.themes)),
    regions: computed(() => (result.value?.regions ?? []).map((r) => ({ value: r, label: r })).sort(byLabel)),
  };
}
