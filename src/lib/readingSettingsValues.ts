/**
 * The reading settings' values, how they are read from storage and how they reach the page,
 * without zod or React: the boot script (app/boot/bootDocument.ts) runs this before the first
 * paint, as a tiny blocking script, so it must not pull in the app. readingSettings.ts puts the
 * device store on top, reading through the same readingSettingsFrom, so the two always agree.
 */
export const fontSizes = ['small', 'medium', 'large', 'x-large', 'xx-large'] as const
export const lineHeights = ['compact', 'normal', 'relaxed'] as const
export const readingFonts = ['naskh', 'sans'] as const
export const themes = ['system', 'light', 'dark', 'sepia'] as const
export const digitSystems = ['latn', 'arab'] as const

export type FontSize = (typeof fontSizes)[number]
export type Theme = (typeof themes)[number]
/** Latin (0–9) or Arabic-Indic (٠–٩) digits, as Intl's numbering systems name them. */
export type Digits = (typeof digitSystems)[number]

export interface ReadingSettings {
  fontSize: FontSize
  lineHeight: (typeof lineHeights)[number]
  font: (typeof readingFonts)[number]
  theme: Theme
  digits: Digits
}

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  fontSize: 'medium',
  lineHeight: 'normal',
  font: 'naskh',
  theme: 'system',
  digits: 'latn',
}

export const READING_SETTINGS_KEY = 'sahifa.readingSettings'

/**
 * The browser's own bar (`<meta name="theme-color">`) in the chosen theme: index.html has one tag
 * for a light device and one for a dark one, which "system" keeps; a chosen theme sets both.
 */
const THEME_COLORS = { light: '#7a1f1f', dark: '#1c1714', sepia: '#7a2c14' } as const

function applyThemeColor(theme: Theme, root: HTMLElement): void {
  for (const meta of root.ownerDocument.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = THEME_COLORS[theme === 'system' ? (meta.media.includes('dark') ? 'dark' : 'light') : theme]
  }
}

export function applyReadingSettings(settings: ReadingSettings, root: HTMLElement = document.documentElement): void {
  applyThemeColor(settings.theme, root)
  root.dataset['theme'] = settings.theme
  root.dataset['fontSize'] = settings.fontSize
  root.dataset['lineHeight'] = settings.lineHeight
  root.dataset['readingFont'] = settings.font
  root.dataset['digits'] = settings.digits
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/**
 * Stored JSON → settings, each field falling back on its own (a value that is not an object is
 * the defaults): the one reading of the stored settings, for the boot script and the app alike.
 */
export function readingSettingsFrom(stored: unknown): ReadingSettings {
  const fields: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {}
  const d = DEFAULT_READING_SETTINGS
  return {
    fontSize: oneOf(fontSizes, fields['fontSize'], d.fontSize),
    lineHeight: oneOf(lineHeights, fields['lineHeight'], d.lineHeight),
    font: oneOf(readingFonts, fields['font'], d.font),
    theme: oneOf(themes, fields['theme'], d.theme),
    digits: oneOf(digitSystems, fields['digits'], d.digits),
  }
}
