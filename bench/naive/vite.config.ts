/**
 * Build of the naive baseline (main.tsx) with the project's own Vite and plugins, into
 * .cache/bench/naive-dist. `vite build --config bench/naive/vite.config.ts`; run by the bench.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

const here = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: here,
  publicDir: false,
  plugins: [react(), VitePWA({ registerType: 'prompt', injectRegister: false, manifest: false })],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../.cache/bench/naive-dist', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
})
