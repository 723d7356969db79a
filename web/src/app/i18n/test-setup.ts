// Vitest's setup (vite.config.ts): every language's messages are loaded before any test starts, so a
// test's createAppI18n(locale) speaks at once, as the portal does once main.ts has loaded them.
import { loadMessages } from './index';
import { LOCALES } from './locale';

await Promise.all(LOCALES.map(loadMessages));
