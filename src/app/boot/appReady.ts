/**
 * The moment the app has taken over the page (hydrated the prerendered markup, or rendered over
 * it): the boot script waits for it to hand over the taps it held meanwhile (heldTaps.ts).
 */
export const APP_READY_EVENT = 'sahifa:app-ready'

/**
 * Called once the app's first commit is on screen (an effect of the root layout). Also marks
 * `<html data-app="ready">`, which tests and the bench wait for where an action must be the app's
 * (a link followed in-app rather than by the browser).
 */
export function announceAppReady(
  target: EventTarget = window,
  root: HTMLElement | undefined = globalThis.document?.documentElement,
): void {
  if (root !== undefined) root.dataset['app'] = 'ready'
  target.dispatchEvent(new Event(APP_READY_EVENT))
}
