import { sql, type SQL } from 'drizzle-orm';

/**
 * A search string as a tsquery that matches a document in any of the three languages: each document
 * is stemmed in its own language, so the words are parsed by every stemmer and the results OR-ed.
 */
export function searchQuery(search: string): SQL {
  return sql`(websearch_to_tsquery('english', ${search}) || websearch_to_tsquery('norwegian', ${search})
    || websearch_to_tsquery('swedish', ${search}) || websearch_to_tsquery('simple', ${search}))`;
}

/** `%text%` for an ILIKE "contains", with LIKE's wildcards in the text taken literally; null when blank. */
export function containsPattern(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
