/**
 * Renders the app icons (PNG) from one SVG design with the project's own Naskh font, in Chromium.
 * Run once when the design changes: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts'

const font = readFileSync(
  'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
).toString('base64')

/** `safe` shrinks the glyph into the maskable safe zone (inner 80% circle). */
function iconSvg(size: number, safe: boolean): string {
  const glyph = safe ? size * 0.42 : size * 0.56
  const radius = safe ? 0 : size * 0.18
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <style>@font-face{font-family:N;src:url(data:font/woff2;base64,${font}) format('woff2');font-weight:700}</style>
  <rect width="${size}" height="${size}" rx="${radius}" fill="#7a1f1f"/>
  <rect x="${size * 0.2}" y="${size * 0.8}" width="${size * 0.6}" height="${size * 0.035}" fill="#f3e6cf" opacity="${safe ? 0 : 0.9}"/>
  <text x="50%" y="${safe ? 38 : 34}%" text-anchor="middle" dominant-baseline="middle" font-family="N" font-weight="700"
    font-size="${glyph}" fill="#fbf8f3" direction="rtl">ص</text>
</svg>`
}

const targets: Array<{ file: string; size: number; safe: boolean }> = [
  { file: 'public/icons/icon-192.png', size: 192, safe: false },
  { file: 'public/icons/icon-512.png', size: 512, safe: false },
  { file: 'public/icons/icon-maskable-512.png', size: 512, safe: true },
  { file: 'public/icons/apple-touch-icon.png', size: 180, safe: true },
]

const browser = await chromium.launch(chromiumLaunchOptions())
const page = await browser.newPage()
for (const { file, size, safe } of targets) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(`<body style="margin:0">${iconSvg(size, safe)}</body>`)
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: file, omitBackground: false })
}
await browser.close()
writeFileSync('public/favicon.svg', iconSvg(64, false).replace(/<style>.*<\/style>/s, ''))
console.log(`wrote ${targets.length} icons and public/favicon.svg`)
