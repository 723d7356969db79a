// Language detection for anything people write: feedback verbatims, ideas, comments.
import { detect } from 'tinyld';

/** ISO 639-1 code of the text, limited to the languages Chorus's users write in; null when unsure. */
export function detectLanguage(text: string | null | undefined): string | null {
  if (!text || text.trim().length < 3) return null;
  const code = detect(text, { only: ['en', 'no', 'sv', 'da', 'fi', 'de'] });
  if (!code) return null;
  return code === 'no' ? 'nb' : code;
}
