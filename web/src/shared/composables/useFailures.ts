import { errorMessage, fieldErrors, hasErrorCode, type ReasonText } from '@/shared/errors';
import { useReasonText } from './useReasonText';

/** What a form or control shows when the API refuses a change. */
export interface Failure {
  /** BAD_USER_INPUT's messages by input field path (`title`, `feedbackIds.0`, `note`, `dueAt`) */
  fields: Record<string, string>;
  forbidden: boolean;
  notFound: boolean;
  /** someone else changed the item since it was read (a stale version) */
  conflict: boolean;
  message: string;
}

/** An Apollo error read as a Failure; nothing (null) reads as a failure with nothing to say. */
export function failureOf(error: unknown, reasonText?: ReasonText): Failure {
  return {
    fields: fieldErrors(error, reasonText),
    forbidden: hasErrorCode(error, 'FORBIDDEN'),
    notFound: hasErrorCode(error, 'NOT_FOUND'),
    conflict: hasErrorCode(error, 'CONFLICT'),
    message: errorMessage(error),
  };
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

/**
 * failureOf and attempt with the API's field reasons worded in the portal's language (call in setup);
 * a feature whose reasons need its own words passes its own `reasonText`.
 */
export function useFailures(reasonText: ReasonText = useReasonText()) {
  return {
    failureOf: (error: unknown) => failureOf(error, reasonText),
    attempt: (run: () => Promise<unknown>) => attempt(run, reasonText),
  };
}
