// Reading the API's error codes (api-contract.md) off an Apollo error.
import { ApolloError } from '@apollo/client/core';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export function errorCodes(error: unknown): ErrorCode[] {
  if (!(error instanceof ApolloError)) return [];
  const codes = error.graphQLErrors
    .map((e) => e.extensions?.code)
    .filter((c): c is ErrorCode => typeof c === 'string');
  if (error.networkError) codes.push('NETWORK');
  return codes;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** Why the API refused a field (`extensions.reasons`): a code with its parameters. */
export interface FieldReason { code: string; [param: string]: string | number }
/** Words a reason in the viewer's language, or null when the portal has no words for it. */
export type ReasonText = (reason: FieldReason) => string | null;

/**
 * The per-field messages of a BAD_USER_INPUT error, keyed by the input's own field path (`title`,
 * `feedbackIds.0`: a leading `input.` is dropped). Worded by `reasonText` from the field's reason
 * code when it can, else the API's own (English) message.
 */
export function fieldErrors(error: unknown, reasonText?: ReasonText): Record<string, string> {
  if (!(error instanceof ApolloError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions.fields;
    if (!fields || typeof fields !== 'object') continue;
    const reasons = (e.extensions.reasons ?? {}) as Record<string, FieldReason | undefined>;
    for (const [path, message] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof message !== 'string') continue;
      const reason = reasons[path];
      out[path.replace(/^input\./, '')] = (reason && reasonText?.(reason)) || message;
    }
  }
  return out;
}

/** The message of the first GraphQL error, or of the network error; '' when there is none. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApolloError) return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
  return error instanceof Error ? error.message : '';
}
