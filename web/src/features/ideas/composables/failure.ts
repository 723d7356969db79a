import { useReasonText } from '@/shared/composables/useReasonText';
import { errorMessage, fieldErrors, hasErrorCode, type ReasonText } from '@/shared/errors';

/** What a form shows when the API refuses a change. */
export interface Failure {
  /** BAD_USER_INPUT's messages by input field path (`title`, `feedbackIds.0`, `reason`) */
  fields: Record<string, string>;
  forbidden: boolean;
  message: string;
}

export function failureOf(error: unknown, reasonText?: ReasonText): Failure {
  return { fields: fieldErrors(error, reasonText), forbidden: hasErrorCode(error, 'FORBIDDEN'), message: errorMessage(error) };
}

/** Runs a mutation; null when it worked, else what went wrong. */
export async function attempt(run: () => Promise<unknown>, reasonText?: ReasonText): Promise<Failure | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return failureOf(e, reasonText);
  }
}

/** failureOf and attempt with the API's field reasons worded in the portal's language (call in setup). */
export function useFailures() {
  const reasonText = useReasonText();
  return {
    failureOf: (error: unknown) => failureOf(error, reasonText),
    attempt: (run: () => Promise<unknown>) => attempt(run, reasonText),
  };
}
