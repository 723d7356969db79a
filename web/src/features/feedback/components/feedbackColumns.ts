// Columns of the feedback table, as Naive UI render functions.
import { h } from 'vue';
import { NTag, type DataTableColumns } from 'naive-ui';
import type { FeedbackListQuery } from '@/gql/graphql';
import EnumTag from '@/shared/components/EnumTag.vue';
import ScoreBadge from '@/shared/components/ScoreBadge.vue';
import { primaryScore } from '@/shared/scores';

export type FeedbackRow = FeedbackListQuery['feedback']['edges'][number]['node'];

interface Helpers {
  t: (key: string) => string;
  date: (iso: string) => string;
  enumLabel: (name: 'segment', value: string) => string;
}

const MAX_THEMES = 2;

/** Sum of the widths above: the table scrolls sideways below it, with date and loop status pinned. */
export const TABLE_WIDTH = 112 + 128 + 170 + 88 + 260 + 60 + 100 + 132 + 160 + 120 + 116;

export function feedbackColumns({ t, date, enumLabel }: Helpers): DataTableColumns<FeedbackRow> {
  return [
    {
      key: 'receivedAt',
      title: t('feedback.list.columns.received'),
      width: 112,
      fixed: 'left',
      render: (row) => h('time', { datetime: row.receivedAt, class: 'cell-date' }, date(row.receivedAt)),
    },
    {
      key: 'channel',
      title: t('feedback.list.columns.channel'),
      width: 128,
      ellipsis: { tooltip: true },
      render: (row) => t(`enums.channel.${row.channel}`),
    },
    {
      key: 'customer',
      title: t('feedback.list.columns.customer'),
      width: 170,
      render: (row) =>
        row.customer
          ? h('div', { class: 'cell-customer' }, [
              h('span', { class: 'cell-customer__name' }, row.customer.name),
              h('span', { class: 'cell-customer__segment' }, enumLabel('segment', row.customer.segment)),
            ])
          : h('span', { class: 'muted' }, '—'),
    },
    {
      key: 'score',
      title: t('feedback.list.columns.score'),
      width: 88,
      render: (row) => {
        const score = primaryScore(row);
        return score ? h(ScoreBadge, { kind: score.kind, value: score.value }) : h('span', { class: 'muted' }, '—');
      },
    },
    {
      key: 'text',
      title: t('feedback.list.columns.text'),
      minWidth: 260,
      render: (row) =>
        row.text
          ? h('span', { class: 'cell-text', title: row.text }, row.text)
          : h('span', { class: 'muted cell-text' }, t('feedback.list.noText')),
    },
    {
      key: 'language',
      title: t('feedback.list.columns.language'),
      width: 60,
      render: (row) => h('span', { class: 'cell-lang', lang: row.language ?? undefined }, row.language?.toUpperCase() ?? '—'),
    },
    {
      key: 'sentiment',
      title: t('feedback.list.columns.sentiment'),
      width: 100,
      render: (row) => h(EnumTag, { name: 'sentiment', value: row.sentiment }),
    },
    {
      key: 'category',
      title: t('feedback.list.columns.category'),
      width: 132,
      render: (row) => h(EnumTag, { name: 'category', value: row.category }),
    },
    {
      key: 'themes',
      title: t('feedback.list.columns.themes'),
      width: 160,
      render: (row) => {
        if (!row.themes.length) return h('span', { class: 'muted' }, '—');
        const shown = row.themes.slice(0, MAX_THEMES).map((theme) =>
          h(NTag, { size: 'small', bordered: false, key: theme.id, class: 'cell-theme' }, () => theme.name),
        );
        const more = row.themes.length - MAX_THEMES;
        if (more > 0) {
          shown.push(
            h(NTag, { size: 'small', bordered: false, key: 'more', title: row.themes.map((x) => x.name).join(', ') }, () => `+${more}`),
          );
        }
        return h('div', { class: 'cell-themes' }, shown);
      },
    },
    {
      key: 'department',
      title: t('feedback.list.columns.department'),
      width: 120,
      ellipsis: { tooltip: true },
      render: (row) => row.department?.name ?? h('span', { class: 'muted' }, t('feedback.list.unrouted')),
    },
    {
      key: 'loopStatus',
      title: t('feedback.list.columns.loopStatus'),
      width: 116,
      fixed: 'right',
      render: (row) => h(EnumTag, { name: 'loopStatus', value: row.loopStatus }),
    },
  ];
}
