import { useReasonText } from '@/shared/composables/useReasonText';
import { errorMessage, fieldErrors, hasErrorCode } from '@/shared/errors';

/** What a form shows when the API refuses a change. */
export interface Failure {
  /** BAD_USER_INPUT's messages by input field path (`title`, `note`, `dueAt`) */
  fields: Record<string, string>;
  forbidden: boolean;
  /** someone else changed the item since it was read (a stale version) */
  conflict: boolean;
  message: string;
}

/** Runs mutations with the API's field reasons worded in the portal's language (call in setup). */
export function useFailures() {
  const reasonText = useReasonText();
  const failureOf = (error: unknown): Failure => ({
    fields: fieldErrors(error, reasonText),
    forbidden: hasErrorCode(error, 'FORBIDDEN'),
    conflict: hasErrorCode(error, 'CONFLICT'),
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
