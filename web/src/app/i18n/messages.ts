// The portal's messages: one file per language for the app (./en.json5, …) and one per language for
// each feature that has its own (src/features/<feature>/i18n/en.json5, and a part of a feature in
// src/features/<feature>/i18n/<part>/en.json5), merged into one tree per
// language.
//
// Why JSON5 and not TypeScript: @intlify/unplugin-vue-i18n precompiles these files at build time into
// message ASTs, so the portal ships vue-i18n's runtime-only build without its message compiler. On
// Vite 8 the plugin precompiles JSON5 and YAML only: its TypeScript path hooks `vite:esbuild` (Vite 8
// strips types with oxc, so .ts files would go through uncompiled) and its .json path clashes with
// Vite's native JSON plugin (the build fails). JSON5 reads like the object literal it replaced:
// comments, unquoted keys, single quotes and trailing commas are all fine.
//
// A feature's file holds one object under the feature's own name, e.g. `{ dashboard: { title: '…' } }`.

/** A message tree: nested objects whose leaves are messages (precompiled ASTs in the portal). */
export interface MessageTree {
  [key: string]: unknown;
}

/**
 * A message, not a group of them: a string, or a precompiled message, whose AST root is `{ t: 0, b: … }`
 * in a build and `{ type: 0, body: … }` in development and tests (a group never holds a number).
 */
export function isMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
  const node = value as { t?: unknown; type?: unknown };
  return typeof node.t === 'number' || typeof node.type === 'number';
}

function mergeInto(target: MessageTree, source: MessageTree, path: string, origin: string): MessageTree {
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__') continue;
    const here = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (isMessage(value)) {
      // two files saying the same message (or a message where another file has a group) is a mistake
      // that would otherwise hide one of them
      if (existing !== undefined) throw new Error(`message ${here} is defined twice (again in ${origin})`);
      target[key] = value;
    } else {
      if (existing !== undefined && isMessage(existing)) throw new Error(`message ${here} is defined twice (again in ${origin})`);
      target[key] = mergeInto((existing as MessageTree | undefined) ?? {}, value as MessageTree, here, origin);
    }
  }
  return target;
}

/**
 * Deep-merges the message files of one language (file path → its tree) into one tree, the app's file
 * first and then the features' in path order; a message defined in two files is an error.
 */
export function mergeMessages(files: Record<string, MessageTree>): MessageTree {
  const merged: MessageTree = {};
  const paths = Object.keys(files).sort((a, b) => Number(a.includes('/features/')) - Number(b.includes('/features/')) || a.localeCompare(b));
  for (const path of paths) mergeInto(merged, files[path], '', path);
  return merged;
}
