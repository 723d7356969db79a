import { useI18n } from 'vue-i18n';
import type { FieldReason, ReasonText } from '@/shared/errors';

/** Words the API's field reasons (`extensions.reasons`) in the portal's language. */
export function useReasonText(): ReasonText {
  const { t, te } = useI18n();
  return (reason: FieldReason) => {
    const key = `fieldReasons.${reason.code}`;
    if (!te(key)) return null;
    const params: Record<string, string | number> = { ...reason };
    // statuses come as their enum values: say them as the portal names them
    for (const name of ['from', 'to'] as const) {
      const value = params[name];
      if (typeof value === 'string' && te(`enums.ideaStatus.${value}`)) params[name] = t(`enums.ideaStatus.${value}`);
    }
    return t(key, params);
  };
}
