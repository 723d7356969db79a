export * from './client';
export * from './embedded';
export * from './migrate';
export * as schema from './schema/index';
export * from './password';
export * from './rules';
export { maskText, maskedOrNull, withMaskedText, MASK_VERSION, EMAIL_MASK, PHONE_MASK } from './derived/mask';
export { renderMarkdown, RENDER_VERSION } from './derived/markdown';
export { refreshDerivedText } from './derived/refresh';
