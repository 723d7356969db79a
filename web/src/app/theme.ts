import type { GlobalThemeOverrides } from 'naive-ui';

/** Chorus brand: indigo primary, slate neutrals, generous radius. */
export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#4f46e5',
    primaryColorHover: '#6366f1',
    primaryColorPressed: '#4338ca',
    primaryColorSuppl: '#6366f1',
    infoColor: '#2563eb',
    successColor: '#16a34a',
    warningColor: '#d97706',
    errorColor: '#dc2626',
    borderRadius: '8px',
    borderRadiusSmall: '6px',
    fontFamily:
      'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    textColorBase: '#0f172a',
    textColor1: '#0f172a',
    textColor2: '#334155',
    textColor3: '#64748b',
    bodyColor: '#f6f7fb',
    dividerColor: '#e5e7eb',
    borderColor: '#e2e8f0',
  },
  Layout: {
    siderColor: '#111827',
    headerColor: '#ffffff',
    color: '#f6f7fb',
  },
  Menu: {
    itemHeight: '40px',
  },
  DataTable: {
    thColor: '#f8fafc',
    thTextColor: '#475569',
    thFontWeight: '600',
    tdColorHover: '#f5f7ff',
  },
  Card: {
    borderRadius: '12px',
  },
  // Naive's default greys for these texts are too faint to read (WCAG AA asks 4.5:1)
  Empty: {
    textColor: '#5b6b80',
  },
  // status tags: the darker shade of each colour on its light background reads at 4.5:1 or more
  Tag: {
    textColorPrimary: '#4338ca',
    textColorInfo: '#1d4ed8',
    textColorSuccess: '#166534',
    textColorWarning: '#92400e',
    textColorError: '#b91c1c',
  },
};
