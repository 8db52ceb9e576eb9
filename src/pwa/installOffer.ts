/**
 * Installing the app on a phone (docs/app.md, PWA): where the browser offers installation it fires
 * `beforeinstallprompt`; the event is kept (its default, Chrome's own mini-bar, prevented) and its
 * `prompt()` called when the reader asks. iOS Safari has no such event: the reader is shown how
 * (Share, then Add to Home Screen). Neither is offered once the app runs installed, nor again
 * after the reader has answered (installed, or "not now"), which the device remembers.
 */
import { createDeviceStore } from '@/lib/storage.ts'

/** The event Chromium fires when the app can be installed (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
  prompt: () => Promise<unknown>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

export type InstallOffer = { kind: 'prompt'; event: InstallPromptEvent } | { kind: 'ios-hint' } | null

export const INSTALL_ANSWER_KEY = 'sahifa.installAnswer'

/** The reader's answer to the offer: 'installed' or 'not-now'; null until they answer. */
export const installAnswerStore = createDeviceStore<'installed' | 'not-now' | null>(
  INSTALL_ANSWER_KEY,
  (stored) => (stored === 'installed' || stored === 'not-now' ? stored : undefined),
  null,
)

/** Running as the installed app: from the home screen (any browser) or iOS's standalone mode. */
export function runsInstalled(win: Window = window): boolean {
  return (
    win.matchMedia('(display-mode: standalone)').matches ||
    (win.navigator as { standalone?: boolean }).standalone === true
  )
}

/**
 * Safari on an iPhone or iPad (an iPad says "Macintosh" but has a touch screen); not the other
 * iOS browsers, whose menus differ (CriOS, FxiOS, EdgiOS) nor in-app views without "Safari".
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const appleMobile = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)
  return appleMobile && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent)
}

/**
 * Follows what can be offered: the iOS hint at once where it applies, the browser's prompt when
 * it fires; nothing once installed (`appinstalled`). Returns how to stop listening.
 */
export function watchInstallOffer(onChange: (offer: InstallOffer) => void, win: Window = window): () => void {
  if (runsInstalled(win)) return () => undefined
  if (isIosSafari(win.navigator.userAgent, win.navigator.maxTouchPoints)) onChange({ kind: 'ios-hint' })
  const offered = (event: Event) => {
    event.preventDefault()
    onChange({ kind: 'prompt', event: event as InstallPromptEvent })
  }
  const installed = () => {
    installAnswerStore.set('installed')
    onChange(null)
  }
  win.addEventListener('beforeinstallprompt', offered)
  win.addEventListener('appinstalled', installed)
  return () => {
    win.removeEventListener('beforeinstallprompt', offered)
    win.removeEventListener('appinstalled', installed)
  }
}
