import { sql, type SQL } from 'drizzle-orm';
import { FieldErrors, MAX_SEARCH } from './validate';

/**
 * A search string as a tsquery that matches a document in any of the three languages: each document
 * is stemmed in its own language, so the words are parsed by every stemmer and the results OR-ed.
 */
export function searchQuery(search: string): SQL {
  return sql`(websearch_to_tsquery('english', ${search}) || websearch_to_tsquery('norwegian', ${search})
    || websearch_to_tsquery('swedish', ${search}) || websearch_to_tsquery('simple', ${search}))`;
}

/**
 * `%text%` for an ILIKE "contains", with LIKE's wildcards in the text taken literally; null when blank.
 * A search longer than MAX_SEARCH is refused on `field` before it reaches PostgreSQL.
 */
export function containsPattern(text: string | null | undefined, field = 'search'): string | null {
  const errors = new FieldErrors();
  errors.text(text, field, { max: MAX_SEARCH });
  errors.throwIfAny();
  const trimmed = text?.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
