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

/**
 * The per-field messages of a BAD_USER_INPUT error (`extensions.fields`: field path → message),
 * keyed by the input's own field path (`title`, `feedbackIds.0`): a leading `input.` is dropped.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApolloError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.graphQLErrors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = e.extensions.fields;
    if (!fields || typeof fields !== 'object') continue;
    for (const [path, message] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof message === 'string') out[path.replace(/^input\./, '')] = message;
    }
  }
  return out;
}

/** The message of the first GraphQL error, or of the network error; '' when there is none. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApolloError) return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
  return error instanceof Error ? error.message : '';
}
