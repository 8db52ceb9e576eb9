/**
 * On a prerendered page the app's scripts are started by the boot script once the page's first
 * contentful paint has been presented, so the reader sees the text before ~140 KB of JavaScript
 * is fetched and before it competes with the page and its fonts for the network. (A frame callback
 * is not enough: on a busy device the frame it precedes can reach the screen hundreds of
 * milliseconds later.) Where paint timing is missing, the next paint stands in; a page the
 * boot script hid (it will be replaced) has nothing to paint and starts at once.
 * The prerender (src/app/prerender/prerenderPlugin.ts) moves the entry scripts and their module preloads into the
 * boot script's `data-entry` and `data-preload` (space-separated lists).
 */
import { afterNextPaint } from '@/lib/afterNextPaint.ts'

interface StartOptions {
  /** The boot script hid the page: there is no first paint to wait for. */
  readonly pageHidden: boolean
  /** Run as the scripts start (the web fonts switch on then). */
  readonly onStart: () => void
}

export function startAppAfterFirstPaint(
  script: HTMLOrSVGScriptElement | null,
  { pageHidden, onStart }: StartOptions,
): void {
  const entries = (script?.dataset['entry'] ?? '').split(' ').filter((src) => src !== '')
  if (entries.length === 0) return
  const preloads = (script?.dataset['preload'] ?? '').split(' ').filter((href) => href !== '')
  let started = false
  const start = () => {
    if (started) return
    started = true
    onStart()
    for (const href of preloads) document.head.append(modulePreload(href))
    for (const src of entries) document.head.append(moduleScript(src))
  }
  if (pageHidden) return start()
  // A background tab gets no frames: it starts soon anyway. A visible one waits for its paint,
  // with a generous stop so a browser that never reports one still starts.
  setTimeout(start, document.visibilityState === 'hidden' ? 1000 : 3000)
  if (!PerformanceObserver.supportedEntryTypes.includes('paint')) {
    afterNextPaint(start)
    return
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return
    observer.disconnect()
    setTimeout(start, 0)
  })
  observer.observe({ type: 'paint', buffered: true })
}

function modulePreload(href: string): HTMLLinkElement {
  const link = document.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = ''
  link.href = href
  return link
}

function moduleScript(src: string): HTMLScriptElement {
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = src
  return script
}
