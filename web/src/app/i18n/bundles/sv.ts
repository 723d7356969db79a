// Everything the portal says in Swedish, one chunk loaded when it first speaks it (see ../index.ts): every
// sv message file, the app's and each feature's (precompiled at build time, merged by the loader), and
// Naive UI's own texts and date formats.
import { dateSvSE, svSE } from 'naive-ui';
import type { MessageTree } from '../messages';

export const files = import.meta.glob<MessageTree>(['../sv.json5', '/src/features/*/i18n/**/sv.json5'], { eager: true, import: 'default' });
export const naive = svSE;
export const naiveDate = dateSvSE;
