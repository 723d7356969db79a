import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { ActionAssigneesQuery } from '../graphql/actionAssignees.query';
import { ActionDepartmentsQuery } from '../graphql/actionDepartments.query';

/** Enough for a whole department at once; a name typed narrows it. */
export const ASSIGNEE_PAGE = 50;

/** Colleagues whose name contains `search`, within `departmentId` when one is given. */
export function useAssignees(search: Ref<string>, departmentId: Ref<string | null>, enabled: Ref<boolean>) {
  const { result, loading, error } = useQuery(
    ActionAssigneesQuery,
    () => ({ search: search.value.trim() || null, departmentId: departmentId.value, first: ASSIGNEE_PAGE }),
    () => ({ enabled: enabled.value, debounce: 250, fetchPolicy: 'cache-first' }),
  );
  return { users: computed(() => result.value?.users ?? []), loading, error };
}

/** Every department, by name, as select options. */
export function useDepartments(enabled?: Ref<boolean>) {
  const { result, loading, error } = useQuery(ActionDepartmentsQuery, null, () => ({
    fetchPolicy: 'cache-first',
    enabled: enabled?.value ?? true,
  }));
  const options = computed(() => (result.value?.departments ?? []).map((d) => ({ value: d.id, label: d.name })));
  return { options, loading, error };
}
