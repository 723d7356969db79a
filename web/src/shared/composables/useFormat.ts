import { computed, inject, type InjectionKey, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { EnumName } from '@/shared/enums';
import { formatters } from '@/shared/format';

/**
 * The organisation's IANA time zone ("Europe/Oslo"), provided once by the app shell from the API;
 * undefined until it is known (and in component tests), when the browser's zone is used.
 */
export const ORGANISATION_TIME_ZONE: InjectionKey<Ref<string | null | undefined>> = Symbol('organisationTimeZone');

export interface FormatOptions {
  /**
   * 'organisation': dates and times in the organisation's time zone (due times, follow-ups, periods);
   * 'browser' (the default): in the viewer's own.
   */
  zone?: 'organisation' | 'browser';
}

/** Locale-aware formatting of dates, numbers and enum values for templates. */
export function useFormat(options: FormatOptions = {}) {
  const { t, locale } = useI18n({ useScope: 'global' });
  const organisationZone = inject(ORGANISATION_TIME_ZONE, undefined);
  const timeZone = computed(() => (options.zone === 'organisation' ? (organisationZone?.value ?? undefined) : undefined));
  const f = () => formatters(locale.value, timeZone.value);
  return {
    /** the zone dates are shown in; undefined: the browser's */
    timeZone,
    date: (iso: string | null | undefined) => f().date(iso),
    dateTime: (iso: string | null | undefined) => f().dateTime(iso),
    number: (value: number | null | undefined) => f().number(value),
    decimal: (value: number | null | undefined) => f().decimal(value),
    language: (code: string | null | undefined) => f().language(code),
    enumLabel: (name: EnumName, value: string | null | undefined) =>
      value ? t(`enums.${name}.${value}`) : t('common.none'),
  };
}
