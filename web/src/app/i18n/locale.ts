// Which language the portal speaks: the user's stored choice, else the browser's preference.

export const LOCALES = ['en', 'nb', 'sv'] as const;
export type AppLocale = (typeof LOCALES)[number];

export const STORAGE_KEY = 'chorus.locale';

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
};

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps the browser's preferred languages to one the portal speaks: the first one it knows wins;
 * Norwegian in any form (nb, no, nn) is served in bokmål; anything else falls back to English.
 */
export function detectLocale(languages: readonly string[]): AppLocale {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'sv') return 'sv';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

interface Env {
  storage?: Pick<Storage, 'getItem'> | null;
  languages?: readonly string[];
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage can be disabled by the browser's privacy settings
  }
}

export function initialLocale(env: Env = {}): AppLocale {
  const storage = env.storage === undefined ? safeStorage() : env.storage;
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (isAppLocale(stored)) return stored;
  } catch {
    /* unreadable storage: fall back to the browser */
  }
  return detectLocale(env.languages ?? browserLanguages());
}

export function rememberLocale(locale: AppLocale): void {
  try {
    safeStorage()?.setItem(STORAGE_KEY, locale);
  } catch {
    /* not remembered: the choice still applies to this visit */
  }
}
