// Everything the portal says in Norwegian, one chunk loaded when it first speaks it (see ../index.ts): every
// nb message file, the app's and each feature's (precompiled at build time, merged by the loader), and
// Naive UI's own texts and date formats.
import { dateNbNO, nbNO } from 'naive-ui';
import type { MessageTree } from '../messages';

export const files = import.meta.glob<MessageTree>(['../nb.json5', '/src/features/*/i18n/**/nb.json5'], { eager: true, import: 'default' });
export const naive = nbNO;
export const naiveDate = dateNbNO;
