/**
 * The UI language: Arabic by default, English as the second language (docs/app.md, "Strings"). Article content
 * stays Arabic and right-to-left whatever is chosen here; only the chrome follows this.
 */
export const uiLanguages = ['ar', 'en'] as const
export type UiLanguage = (typeof uiLanguages)[number]
export const DEFAULT_LANGUAGE: UiLanguage = 'ar'

const STORAGE_KEY = 'sahifa.language'

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value)
}

export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr'
}

/** The saved choice; anything missing, corrupt or unreadable (private mode) falls back to Arabic. */
/** Merely reading `localStorage` throws where the browser blocks site storage, so callers reach it only inside a try. */
function deviceStorage(): Storage | undefined {
  return globalThis.localStorage
}

export function readStoredLanguage(storage?: Pick<Storage, 'getItem'>): UiLanguage {
  try {
    const stored = (storage ?? deviceStorage())?.getItem(STORAGE_KEY)
    return isUiLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export function storeLanguage(language: UiLanguage, storage?: Pick<Storage, 'setItem'>): void {
  try {
    const target = storage ?? deviceStorage()
    target?.setItem(STORAGE_KEY, language)
  } catch {
    // Storage full or blocked: the choice lasts for this visit only.
  }
}

export function applyDocumentLanguage(language: UiLanguage, root: HTMLElement = document.documentElement): void {
  root.lang = language
  root.dir = directionOf(language)
}
