/**
 * The moment the app has taken over the page (hydrated the prerendered markup, or rendered over
 * it): the boot script waits for it to hand over the taps it held meanwhile (heldTaps.ts).
 */
export const APP_READY_EVENT = 'sahifa:app-ready'

/** Called once the app's first commit is on screen (an effect of the root layout). */
export function announceAppReady(target: EventTarget = window): void {
  target.dispatchEvent(new Event(APP_READY_EVENT))
}
