import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/chromium.ts'

/**
 * End-to-end tests run against the BUILT app (`npm run build` first), served by `vite preview`
 * on localhost, so the service worker, the CSP and the precache are the ones readers get.
 */
export const PREVIEW_PORT = Number(process.env['E2E_PORT'] ?? 4317)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    launchOptions: chromiumLaunchOptions(),
    locale: 'ar',
    trace: 'retain-on-failure',
    // Only the PWA specs need the service worker (they opt in); elsewhere it would only add
    // precaching work to every test.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `node_modules/.bin/vite preview --port ${PREVIEW_PORT} --strictPort`,
    url: `http://127.0.0.1:${PREVIEW_PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
