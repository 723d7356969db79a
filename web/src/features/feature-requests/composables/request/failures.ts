import { useI18n } from 'vue-i18n';
import { errorMessage, type FieldReason, fieldErrors, hasErrorCode, type ReasonText } from '@/shared/errors';

/** What a control shows when the API refuses: messages by argument (`status`, `note`, `sourceId`…). */
export interface Failure {
  fields: Record<string, string>;
  forbidden: boolean;
  notFound: boolean;
  message: string;
}

/**
 * The API's field reasons in the viewer's language. The app's words for a code are about ideas where
 * ideas have the same code (STATUS_NOT_ALLOWED, DECLINE_REASON_REQUIRED): a request's own words come
 * first, and statuses are named as the portal names a request's.
 */
export function useRequestReasonText(): ReasonText {
  const { t, te } = useI18n();
  return (reason: FieldReason) => {
    const own = `featureRequests.request.reasons.${reason.code}`;
    const key = te(own) ? own : `fieldReasons.${reason.code}`;
    if (!te(key)) return null;
    const params: Record<string, string | number> = { ...reason };
    for (const name of ['from', 'to'] as const) {
      const value = params[name];
      if (typeof value === 'string' && te(`enums.featureRequestStatus.${value}`)) params[name] = t(`enums.featureRequestStatus.${value}`);
    }
    return t(key, params);
  };
}

/** Runs mutations and reads their refusals (call in setup). */
export function useRequestFailures() {
  const reasonText = useRequestReasonText();
  const failureOf = (error: unknown): Failure => ({
    fields: fieldErrors(error, reasonText),
    forbidden: hasErrorCode(error, 'FORBIDDEN'),
    notFound: hasErrorCode(error, 'NOT_FOUND'),
    message: errorMessage(error),
  });
  /** null when it worked, else what went wrong */
  async function attempt(run: () => Promise<unknown>): Promise<Failure | null> {
    try {
      await run();
      return null;
    } catch (e) {
      return failureOf(e);
    }
  }
  return { failureOf, attempt };
}
