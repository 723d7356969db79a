// The one error type of Chorus and its mapping to the contract's GraphQL error codes.
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** A failure the caller can act on. Anything else thrown is a bug and reaches clients masked. */
/** Why a field was refused, in words a portal can translate: a code and its parameters. */
export interface FieldReason { code: string; [param: string]: string | number }

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** field path → message (English), for BAD_USER_INPUT */
    readonly fields?: Record<string, string>,
    /** field path → the same reason as a code with parameters, for clients speaking other languages */
    readonly reasons?: Record<string, FieldReason>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (fields: Record<string, string>, reasons?: Record<string, FieldReason>) =>
  new AppError('BAD_USER_INPUT', 'Some fields are not valid.', fields, reasons);
export const unauthenticated = (message = 'Sign in first.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => new AppError('CONFLICT', message);

function validationFields(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) fields[path] = Object.values(e.constraints)[0];
    if (e.children?.length) Object.assign(fields, validationFields(e.children, path));
  }
  return fields;
}

/**
 * The field a variable-coercion error is about, in the contract's dotted form: `Variable "$input" got
 * invalid value "ten" at "input[0].npsScore"; …` names `input.0.npsScore`.
 */
export function variableField(message: string): string | null {
  const m = message.match(/^Variable "\$(\w+)"(?: got invalid value .*? at "([^"]+)")?/s);
  if (!m) return null;
  return (m[2] ?? m[1]).replace(/\[(\d+)\]/g, '.$1');
}

// Codes graphql-js and Apollo give to requests that are malformed; they pass through as they are.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An unexpected error as the server's log shows it: the stack, then each cause. drizzle wraps
 * PostgreSQL's error ("canceling statement due to statement timeout", its SQLSTATE) in a "Failed
 * query" whose own stack does not say it.
 */
export function errorDetail(error: unknown): string {
  let text = error instanceof Error ? error.stack ?? error.message : String(error);
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    const code = (cause as { code?: unknown })?.code;
    text += `\ncaused by: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}${typeof code === 'string' ? ` (${code})` : ''}`;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return text;
}

// graphql-js's suggestions: ` Did you mean "search"?`, ` Did you mean the enum value "NEW" or "TOP"?`.
// What they quote are GraphQL names, which never hold a question mark.
const SUGGESTION = /\s*Did you mean\b[^?]*\?/g;

/**
 * A message without graphql-js's "Did you mean …?", which names fields and lists enum values that
 * the caller did not know: in production the schema is not for guessing (introspection is off too).
 * Apollo's hideSchemaDetailsFromClientErrors does this for validation only; variable coercion
 * ("Value "NEWW" does not exist in "IdeaSort" enum. Did you mean the enum value "NEW"?") keeps them.
 */
export const withoutSuggestions = (message: string): string => message.replace(SUGGESTION, '');

function hideSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const fields = formatted.extensions?.fields;
  return {
    ...formatted,
    message: withoutSuggestions(formatted.message),
    ...(fields && typeof fields === 'object'
      ? {
          extensions: {
            ...formatted.extensions,
            // the field paths stay: they name what the caller sent, not the schema
            fields: Object.fromEntries(Object.entries(fields).map(([path, m]) => [path, typeof m === 'string' ? withoutSuggestions(m) : m])),
          },
        }
      : {}),
  };
}

export interface FormatErrorOptions {
  /** strip "Did you mean …?" suggestions (production) */
  hideSuggestions?: boolean;
}

/**
 * Apollo's formatError: known errors keep their code (and field messages); anything unexpected
 * becomes INTERNAL_SERVER_ERROR with a request id, its detail only in the server log.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (line: string) => void = (l) => console.error(l),
  options: FormatErrorOptions = {},
): GraphQLFormattedError {
  const result = mapError(formatted, error, log);
  return options.hideSuggestions ? hideSuggestions(result) : result;
}

const MAX_MESSAGE = 500;
const clip = (message: string) => (message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message);

function mapError(formatted: GraphQLFormattedError, error: unknown, log: (line: string) => void): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.fields ? { fields: original.fields } : {}),
        ...(original.reasons ? { reasons: original.reasons } : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    return {
      message: 'Some fields are not valid.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', fields: validationFields(original.extensions.validationErrors as ValidationError[]) },
    };
  }
  const code = formatted.extensions?.code;
  // graphql-js's own errors (parse, validation, variable coercion) are GraphQLErrors with no other cause
  const fromGraphql = !(original instanceof Error) || original instanceof GraphQLError;
  if (typeof code === 'string' && PASS_THROUGH.has(code) && fromGraphql) {
    // variable coercion quotes the value it refused, which may be megabytes: echo only its start
    const message = clip(formatted.message);
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
      const field = variableField(formatted.message);
      if (field) return { ...formatted, message, extensions: { ...formatted.extensions, fields: { [field]: message } } };
    }
    return { ...formatted, message };
  }
  const requestId = randomUUID();
  log(`[${requestId}] ${errorDetail(original)}`);
  return {
    message: `Internal server error. Quote request id ${requestId} when reporting it.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
