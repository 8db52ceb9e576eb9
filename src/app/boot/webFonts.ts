/**
 * When the web fonts (Noto Naskh Arabic, IBM Plex Sans Arabic) join the page. On a first visit
 * the page paints in the metric-matched fallbacks (styles/font-fallbacks.css) and the web fonts
 * are fetched right after that first paint: about 250 KB of font files then download while the
 * reader already reads, instead of before anything shows. They are switched on at the next page
 * the reader moves to, not on the page being read (as CSS's `font-display: optional` would): the
 * fallbacks match the web faces' heights, not every word's width, and a title or metadata line
 * that breaks one word earlier in Naskh moved the text below it (Lighthouse CLS 0.08 on a seed
 * article; docs/boot.md §4). Once they have loaded in this browser (HTTP cache and the service
 * worker's precache keep them), later visits switch them on before the first paint, so a
 * returning reader sees Naskh from the start.
 */
const CACHED_KEY = 'sahifa.webfonts-cached'

export function webFontsCached(): boolean {
  try {
    // Merely reading `localStorage` throws where the browser blocks site storage: inside the try.
    return globalThis.localStorage?.getItem(CACHED_KEY) === '1'
  } catch {
    return false
  }
}

/**
 * The faces the first screen paints with (card titles and the masthead in Naskh bold, excerpts in
 * Naskh, the UI in Plex 400/600). Loading them with a sample of Arabic and a digit fetches both the
 * Arabic and the Latin subset of each (their unicode-ranges), all at once.
 */
const FIRST_SCREEN_FACES = [
  '400 1em "Noto Naskh Arabic"',
  '700 1em "Noto Naskh Arabic"',
  '400 1em "IBM Plex Sans Arabic"',
  '600 1em "IBM Plex Sans Arabic"',
]
const SAMPLE = 'ب1'

/**
 * Fetches the first screen's faces: switched on at once when they are known to be cached (before
 * the first paint of a return visit), else marked ready (`data-webfonts-ready`) for the next page
 * (switchOnArrivedWebFonts). Remembers that they arrived. The boot script and the app may both
 * ask: a mark on <html> (not module state: they are separate scripts) makes the first request the
 * only one.
 */
export function enableWebFonts(
  { atOnce = false }: { atOnce?: boolean } = {},
  root: HTMLElement = document.documentElement,
  fonts: FontFaceSet | undefined = globalThis.document?.fonts,
): void {
  const marks = root.dataset
  if (marks['webfonts'] !== undefined || marks['webfontsLoading'] !== undefined || marks['webfontsReady'] !== undefined)
    return
  if (atOnce || fonts === undefined) marks['webfonts'] = ''
  else marks['webfontsLoading'] = ''
  if (fonts === undefined) return
  Promise.all(FIRST_SCREEN_FACES.map((face) => fonts.load(face, SAMPLE))).then(
    () => {
      delete marks['webfontsLoading']
      if (marks['webfonts'] === undefined) marks['webfontsReady'] = ''
      remember()
    },
    () => {
      // Offline before the first download, or blocked: the fallbacks stay, and so does the first-visit path.
    },
  )
}

/** Switches on web fonts that arrived while the reader read the page before: called as a new page comes in. */
export function switchOnArrivedWebFonts(root: HTMLElement = document.documentElement): void {
  if (root.dataset['webfontsReady'] === undefined) return
  delete root.dataset['webfontsReady']
  root.dataset['webfonts'] = ''
}

function remember(): void {
  try {
    localStorage.setItem(CACHED_KEY, '1')
  } catch {
    // Storage blocked: the next visit starts in the fallbacks again.
  }
}
