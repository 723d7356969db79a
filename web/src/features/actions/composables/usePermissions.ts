import { computed } from 'vue';
import { useViewer } from '@/features/auth/composables/useViewer';

interface Owned {
  assignee?: { id: string } | null;
  department?: { id: string } | null;
  feedback?: { id: string } | null;
  status?: string;
}

/**
 * What the API will allow the viewer (api-contract.md, actions.policy.ts), so the portal offers nothing
 * that would be refused. The API decides in the end; this only keeps buttons honest.
 */
export function useActionPermissions() {
  const { viewer } = useViewer();
  const role = computed(() => viewer.value?.role);
  const departmentId = computed(() => viewer.value?.department?.id ?? null);
  const isAdmin = computed(() => role.value === 'ADMIN');
  const leads = (id: string | null | undefined) => role.value === 'LEAD' && !!id && id === departmentId.value;

  return {
    viewer,
    isAdmin,
    /** LEADs and ADMINs triage a department's queue */
    canTriage: computed(() => role.value === 'LEAD' || role.value === 'ADMIN'),
    /** its assignee, a LEAD of its department, an ADMIN */
    canChange: (item: Owned) => isAdmin.value || (!!viewer.value && item.assignee?.id === viewer.value.id) || leads(item.department?.id),
    /**
     * Giving an item on feedback to someone hands them the customer's contact: only those who see it by
     * role (the LEAD of the feedback's department, an ADMIN). Otherwise LEADs and ADMINs give it to
     * anyone, and the others within their own department.
     */
    canAssign: (item: Owned) => {
      if (item.feedback) return isAdmin.value || leads(item.department?.id);
      return role.value === 'LEAD' || isAdmin.value || (!!departmentId.value && item.department?.id === departmentId.value);
    },
    /** assignees outside the item's department: LEADs and ADMINs only */
    assignsAnyone: computed(() => role.value === 'LEAD' || isAdmin.value),
    /** reopening a closed item on feedback is for the LEAD of its department or an ADMIN */
    canReopen: (item: Owned) => !item.feedback || isAdmin.value || leads(item.department?.id),
    /** action items on feedback: its department's people and ADMINs */
    canCreateOnFeedback: (feedback: { department?: { id: string } | null }) =>
      isAdmin.value || (!!departmentId.value && feedback.department?.id === departmentId.value),
  };
}
