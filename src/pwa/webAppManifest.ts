import type { ManifestOptions } from 'vite-plugin-pwa'

/** The installable app's manifest: Arabic first, right to left (docs/app.md, PWA). */
export const webAppManifest: Partial<ManifestOptions> = {
  name: 'صحيفة — قارئ الأخبار العربية',
  short_name: 'صحيفة',
  description: 'قارئ أخبار عربي يعمل دون اتصال',
  lang: 'ar',
  dir: 'rtl',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: '#7a1f1f',
  background_color: '#fbf8f3',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}
