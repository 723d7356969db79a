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
