/**
 * The reader app's entry: fonts and styles, the saved reading settings, then the providers (i18n, data, router) around the
 * routes. index.html loads this module and provides `<div id="root">`.
 */
import '@fontsource/noto-naskh-arabic/arabic-400.css'
import '@fontsource/noto-naskh-arabic/arabic-700.css'
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css'
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css'
import '../styles/app.css'
import { createRoot } from 'react-dom/client'
import { createAppI18n } from '../lib/i18n.ts'
import { readStoredLanguage } from '../lib/language.ts'
import { createQueryClient } from '../lib/queryClient.ts'
import { applyReadingSettings, readingSettingsStore } from '../lib/readingSettings.ts'
import { App } from './App.tsx'
import { createAppRouter } from './router.tsx'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

// Before the first render, synchronously: the page paints in the reader's theme and type at once.
applyReadingSettings(readingSettingsStore.get())

createRoot(root).render(
  <App queryClient={createQueryClient()} i18n={createAppI18n(readStoredLanguage())} router={createAppRouter()} />,
)
