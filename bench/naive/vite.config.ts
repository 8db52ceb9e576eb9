/**
 * Build of the naive baseline (main.tsx) with the project's own Vite and plugins, into
 * .cache/bench/naive-dist. `vite build --config bench/naive/vite.config.ts`; run by the bench.
 * The build settings that change the bundle are the app's (vite.config.ts): target es2022, React
 * Router's production build (its package exports only the development build to bundlers), no
 * module-preload polyfill; so the baseline's figures differ from the app's by the app's code only.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

const here = fileURLToPath(new URL('.', import.meta.url))

const REACT_ROUTER_PRODUCTION = fileURLToPath(
  new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
)

export default defineConfig({
  root: here,
  publicDir: false,
  plugins: [react(), VitePWA({ registerType: 'prompt', injectRegister: false, manifest: false })],
  resolve: { alias: [{ find: /^react-router$/, replacement: REACT_ROUTER_PRODUCTION }] },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    outDir: fileURLToPath(new URL('../../.cache/bench/naive-dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
})
