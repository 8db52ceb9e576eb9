/**
 * How tests launch Chromium on these machines: Debian's /usr/bin/chromium (Playwright cannot
 * download its own browser here), or CHROMIUM_PATH, or Playwright's bundled browser elsewhere.
 * The background-networking flags stop Chromium from flooding a closed network.
 */
import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH']
  if (fromEnv) return fromEnv
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutablePath()
  return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) }
}
