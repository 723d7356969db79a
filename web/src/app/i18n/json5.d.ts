// A message file (see messages.ts): precompiled by @intlify/unplugin-vue-i18n into message ASTs.
declare module '*.json5' {
  const messages: Record<string, unknown>;
  export default messages;
}
