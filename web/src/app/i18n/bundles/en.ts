// Everything the portal says in English, one chunk loaded when it first speaks it (see ../index.ts): every
// en message file, the app's and each feature's (precompiled at build time, merged by the loader), and
// Naive UI's own texts and date formats.
import { dateEnGB, enGB } from 'naive-ui';
import type { MessageTree } from '../messages';

export const files = import.meta.glob<MessageTree>(['../en.json5', '/src/features/*/i18n/**/en.json5'], { eager: true, import: 'default' });
export const naive = enGB;
export const naiveDate = dateEnGB;
