import { errorMessage, fieldErrors, hasErrorCode } from '@/shared/errors';

/** What a form shows when the API refuses a change. */
export interface Failure {
  /** BAD_USER_INPUT's messages by input field path (`title`, `feedbackIds.0`, `reason`) */
  fields: Record<string, string>;
  forbidden: boolean;
  message: string;
}

export function failureOf(error: unknown): Failure {
  return { fields: fieldErrors(error), forbidden: hasErrorCode(error, 'FORBIDDEN'), message: errorMessage(error) };
}

/** Runs a mutation; null when it worked, else what went wrong. */
export async function attempt(run: () => Promise<unknown>): Promise<Failure | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return failureOf(e);
  }
}
