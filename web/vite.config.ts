import { fileURLToPath, URL } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const api = process.env.CHORUS_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [
    vue(),
    // Messages are compiled here, at build time, so the portal ships vue-i18n's runtime-only build
    // (no message compiler, no eval). Only the message files are compiled: JSON5 because that is what
    // this plugin compiles on Vite 8 (src/app/i18n/messages.ts says why).
    VueI18nPlugin({
      include: [
        fileURLToPath(new URL('./src/app/i18n/*.json5', import.meta.url)),
        // a feature's own files, and those of its parts (i18n/<part>/en.json5)
        fileURLToPath(new URL('./src/features/*/i18n/**/*.json5', import.meta.url)),
      ],
      runtimeOnly: true,
      compositionOnly: true,
      // <i18n-t> (the sign-in page's demo hint) is registered globally
      fullInstall: true,
      dropMessageCompiler: true,
      strictMessage: true,
    }),
    // every text asset also as .br and .gz, compressed once at build at the highest levels, so the
    // server sends them as they are (express-static-gzip) instead of compressing per request
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|css|html|svg|json)$/,
      threshold: 1024,
    }),
  ],
  define: {
    // vue-i18n's other flags are set by its plugin above; no devtools in production
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads, for `pnpm bench weight` (the server
    // does not serve dot-folders)
    manifest: true,
    // Naive UI is one large vendor chunk on purpose: it is cached across releases.
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/app/i18n/test-setup.ts'],
  },
});
