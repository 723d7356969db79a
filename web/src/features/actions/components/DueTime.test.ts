import { mount } from '@vue/test-utils';
import { ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import { ORGANISATION_TIME_ZONE } from '@/shared/composables/useFormat';
import DueTime from './DueTime.vue';

const NOW = Date.parse('2026-01-15T10:00:00.000Z');

function render(dueAt: string, timeZone: string | undefined, extra: Record<string, unknown> = {}) {
  return mount(DueTime, {
    props: { item: { dueAt, ...extra }, now: NOW },
    global: { plugins: [createAppI18n('en')], provide: { [ORGANISATION_TIME_ZONE as symbol]: ref(timeZone) } },
  });
}

describe('DueTime', () => {
  it('shows the time left and the due time in the organisation’s zone, not the browser’s', () => {
    const oslo = render('2026-01-15T13:00:00.000Z', 'Europe/Oslo');
    expect(oslo.get('[data-testid="due-relative"]').text()).toBe('due in 3 h');
    // the browser here is in UTC: a time in another zone says which
    expect(oslo.get('[data-testid="due-at"]').text()).toBe('Jan 15, 2026, 02:00 PM GMT+1');
    expect(oslo.get('[data-testid="due-at"]').attributes('datetime')).toBe('2026-01-15T13:00:00.000Z');
    expect(render('2026-01-15T13:00:00.000Z', 'America/New_York').get('[data-testid="due-at"]').text()).toBe('Jan 15, 2026, 08:00 AM EST');
  });

  it('marks an overdue item as such', () => {
    const late = render('2026-01-15T05:00:00.000Z', 'Europe/Oslo');
    expect(late.get('[data-testid="due-time"]').attributes('data-state')).toBe('overdue');
    expect(late.get('[data-testid="due-relative"]').text()).toBe('overdue by 5 h');
  });
});
