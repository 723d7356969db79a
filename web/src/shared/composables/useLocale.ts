import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { applyDocumentLanguage } from '@/app/i18n';
import { type AppLocale, isAppLocale, rememberLocale } from '@/app/i18n/locale';

/** The portal's language as a typed value, and the way to change it everywhere. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : 'en'));
  function setLocale(next: AppLocale) {
    locale.value = next;
    rememberLocale(next);
    applyDocumentLanguage(next);
  }
  return { locale: current, setLocale };
}
