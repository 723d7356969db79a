import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';
import type { Lang, LanguageBank } from './types';

export const BANKS: Record<Lang, LanguageBank> = { en, nb, sv };
export * from './types';
