import { useI18n } from 'vue-i18n';
import type { EnumName } from '@/shared/enums';
import type { FieldReason, ReasonText } from '@/shared/errors';

export interface ReasonWords {
  /**
   * A feature's own words for the codes it shares with others (`<own>.<CODE>`), read before the app's
   * `fieldReasons.<CODE>`: the app's words for STATUS_NOT_ALLOWED speak of ideas.
   */
  own?: string;
  /** the enum a reason's `from` and `to` statuses are named by */
  statuses?: EnumName;
}

/** Words the API's field reasons (`extensions.reasons`) in the portal's language. */
export function useReasonText({ own, statuses = 'ideaStatus' }: ReasonWords = {}): ReasonText {
  const { t, te } = useI18n();
  return (reason: FieldReason) => {
    const mine = own ? `${own}.${reason.code}` : null;
    const key = mine && te(mine) ? mine : `fieldReasons.${reason.code}`;
    if (!te(key)) return null;
    const params: Record<string, string | number> = { ...reason };
    // statuses come as their enum values: say them as the portal names them
    for (const name of ['from', 'to'] as const) {
      const value = params[name];
      if (typeof value === 'string' && te(`enums.${statuses}.${value}`)) params[name] = t(`enums.${statuses}.${value}`);
    }
    return t(key, params);
  };
}
