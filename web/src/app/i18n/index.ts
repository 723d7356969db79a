import { createI18n } from 'vue-i18n';
import en, { type Messages } from './en';
import nb from './nb';
import sv from './sv';
import { type AppLocale, initialLocale, rememberLocale } from './locale';

export function createAppI18n(locale: AppLocale = initialLocale()) {
  const i18n = createI18n<[Messages], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, nb, sv },
  });
  applyDocumentLanguage(locale);
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

export function applyDocumentLanguage(locale: AppLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Switches the whole portal's language, remembers it, and updates `<html lang>`. */
export function setLocale(i18n: AppI18n, locale: AppLocale): void {
  i18n.global.locale.value = locale;
  rememberLocale(locale);
  applyDocumentLanguage(locale);
}
