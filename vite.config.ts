/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { prerenderPlugin } from './src/app/prerender/prerenderPlugin.ts'
import { DATA_CACHE_NAME } from './src/pwa/dataCache.ts'
import { webAppManifest } from './src/pwa/webAppManifest.ts'

/**
 * Only the app's own origin may run scripts, load styles, fonts or data. Added to the built
 * index.html only: the dev server injects an inline React-refresh preamble that a strict policy
 * would block.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** `@/…` is `src/…`: imports name what they reach instead of climbing folders (tsconfig.json's paths). */
const SOURCE_ROOT = fileURLToPath(new URL('./src/', import.meta.url))

/**
 * react-router's package exports only its development build (warnings, extra checks) to bundlers;
 * the production build is the same API. Kept for what a reader sees, not for the bytes (0.5 KB
 * gzip on the home page, measured for issue 17): without it, the topic page's error view for a
 * damaged feed page came too late for e2e/faults.spec.ts (the cause was not traced further).
 */
const REACT_ROUTER_PRODUCTION = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
)

/** Every article, topic page and one-topic filter, prerendered after the bundle (docs/boot.md). */
const prerender = prerenderPlugin()

function contentSecurityPolicy(): Plugin {
  return {
    name: 'sahifa-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * The service worker precaches the shell (scripts, styles, fonts, icons, index.html) and the data
 * entry points the first screen reads (the manifest and each list's first feed page): a bounded
 * set whatever the corpus size. Everything else under /data/ (articles, further feed pages, search
 * files) is cached the first time it is read, so an article read once opens offline. Only the
 * feed's prerendered page (index.html) is precached; the article, topic and filter pages (one per
 * article: 100,000 at scale) match none of these patterns: offline, index.html renders any address.
 */
const PRECACHE = {
  globPatterns: [
    '*.{html,webmanifest,svg,ico}',
    'assets/**/*.{js,css,woff2}',
    'icons/**/*.png',
    'data/manifest.json',
    'data/feed/*/1.json',
  ],
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerender,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: webAppManifest,
      includeManifestIcons: false,
      integration: {
        // The prerendered pages must exist before the precache manifest is computed from dist/.
        beforeBuildServiceWorker: (options) => prerender.prerender(options.workbox.globDirectory ?? 'dist'),
      },
      workbox: {
        ...PRECACHE,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/data\//],
        runtimeCaching: [
          {
            // Network first: online readers get the current deployment's file; offline, the copy last read.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/'),
            handler: 'NetworkFirst',
            options: {
              cacheName: DATA_CACHE_NAME,
              networkTimeoutSeconds: 4,
              cacheableResponse: { statuses: [200] },
              // Bounded on the device: the oldest reads leave first.
              expiration: { maxEntries: 3000, purgeOnQuotaError: true },
            },
          },
        ],
        cleanupOutdatedCaches: true,
        // The first install takes control at once so the first visit already works offline;
        // later versions wait for the reader to accept the update (registerType: 'prompt').
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  resolve: {
    // Build only: tests and the dev server keep react-router's development build's warnings.
    alias: [
      { find: /^@\//, replacement: SOURCE_ROOT },
      ...(process.env['NODE_ENV'] === 'test' ? [] : [{ find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION }]),
    ],
  },
  build: {
    target: 'es2022',
    // Read by the prerender (src/app/prerender): the stylesheets each route brings, linked in its pages.
    manifest: true,
    // Every browser that runs the app supports <link rel="modulepreload">: no polyfill on the first screen.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
})
