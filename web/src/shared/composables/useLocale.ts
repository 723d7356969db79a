import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { switchLocale } from '@/app/i18n';
import { type AppLocale, isAppLocale } from '@/app/i18n/locale';

/** The portal's language as a typed value, and the way to change it everywhere. */
export function useLocale() {
  const composer = useI18n({ useScope: 'global' });
  const current = computed<AppLocale>(() => (isAppLocale(composer.locale.value) ? composer.locale.value : 'en'));
  /** Loads the language's messages when they are not there yet, then switches, remembers and sets `<html lang>`. */
  function setLocale(next: AppLocale): Promise<void> {
    return switchLocale(composer, next);
  }
  return { locale: current, setLocale };
}
