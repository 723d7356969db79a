import { useI18n } from 'vue-i18n';
import type { EnumName } from '@/shared/enums';
import { formatters } from '@/shared/format';

/** Locale-aware formatting of dates, numbers and enum values for templates. */
export function useFormat() {
  const { t, locale } = useI18n({ useScope: 'global' });
  const f = () => formatters(locale.value);
  return {
    date: (iso: string | null | undefined) => f().date(iso),
    dateTime: (iso: string | null | undefined) => f().dateTime(iso),
    number: (value: number | null | undefined) => f().number(value),
    language: (code: string | null | undefined) => f().language(code),
    enumLabel: (name: EnumName, value: string | null | undefined) =>
      value ? t(`enums.${name}.${value}`) : t('common.none'),
  };
}
