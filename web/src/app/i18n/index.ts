import { createI18n } from 'vue-i18n';
import { shallowReactive, type WritableComputedRef } from 'vue';
import { type MessageTree, mergeMessages } from './messages';
import { type AppLocale, initialLocale, rememberLocale } from './locale';

// Each language is a chunk of its own, fetched when the portal first speaks it: nobody downloads the
// messages of the two languages they do not read (see messages.ts for the files behind each chunk).
type Chunk = typeof import('./bundles/en');
type Bundle = Omit<Chunk, 'files'> & { messages: MessageTree };
const LOADERS: Record<AppLocale, () => Promise<Chunk>> = {
  en: () => import('./bundles/en'),
  nb: () => import('./bundles/nb'),
  sv: () => import('./bundles/sv'),
};

// reactive, so that what shows Naive UI's texts (App.vue) follows a language as it arrives
const loaded = shallowReactive(new Map<AppLocale, Bundle>());
const loading = new Map<AppLocale, Promise<Bundle>>();

function loadBundle(locale: AppLocale): Promise<Bundle> {
  const done = loaded.get(locale);
  if (done) return Promise.resolve(done);
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]()
      .then(({ files, naive, naiveDate }) => {
        const bundle = { messages: mergeMessages(files), naive, naiveDate };
        loaded.set(locale, bundle);
        return bundle;
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** The messages of `locale`, fetched once (a failed fetch is tried again on the next call). */
export async function loadMessages(locale: AppLocale): Promise<MessageTree> {
  return (await loadBundle(locale)).messages;
}

/** Naive UI's texts and date formats in `locale`, once its bundle is loaded (Naive's English before). */
export function naiveLocaleOf(locale: AppLocale): Pick<Bundle, 'naive' | 'naiveDate'> | undefined {
  return loaded.get(locale);
}

/**
 * The portal's i18n, speaking `locale`. It holds the messages of every language loaded so far: the
 * portal loads the first one before it mounts (main.ts); tests load all three before they start.
 */
export function createAppI18n(locale: AppLocale = initialLocale()) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    // precompiled messages are ASTs; vue-i18n's types only know strings and functions
    messages: Object.fromEntries([...loaded].map(([code, bundle]) => [code, bundle.messages])) as Record<string, never>,
  });
  applyDocumentLanguage(locale);
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** What switching needs of vue-i18n's global composer (`i18n.global`, or `useI18n({ useScope: 'global' })`). */
interface Switchable {
  locale: WritableComputedRef<string>;
  availableLocales: string[];
  setLocaleMessage(locale: string, messages: never): void;
}

export function applyDocumentLanguage(locale: AppLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Gives `composer` the messages of `locale`, fetching them first when needed. */
export async function ensureMessages(composer: Switchable, locale: AppLocale): Promise<void> {
  if (composer.availableLocales.includes(locale)) return;
  composer.setLocaleMessage(locale, (await loadMessages(locale)) as never);
}

let latest = 0;

/**
 * Switches the whole portal's language once its messages are there, remembers it, and updates
 * `<html lang>`. When the user picks again while a language is still loading, the last pick wins.
 */
export async function switchLocale(composer: Switchable, locale: AppLocale): Promise<void> {
  const mine = ++latest;
  await ensureMessages(composer, locale);
  if (mine !== latest) return;
  composer.locale.value = locale;
  rememberLocale(locale);
  applyDocumentLanguage(locale);
}

/** Switches the portal's language (see switchLocale). */
export function setLocale(i18n: AppI18n, locale: AppLocale): Promise<void> {
  return switchLocale(i18n.global, locale);
}
