/**
 * Taps on a prerendered page before the app has hydrated it. Links need no help (the browser
 * follows them and the next page is prerendered or rendered by the app), but a button does nothing
 * until React is attached: without this, a reader who taps "English" or "Save" in the first second
 * on a slow phone sees nothing happen and must tap again. So until the app is ready, taps on
 * controls and form submissions are held and replayed on the same elements afterwards (hydration
 * keeps the prerendered DOM nodes); an element the app replaced instead is dropped, since the page
 * it was on was never the one the reader was meant to see.
 */
import { APP_READY_EVENT } from './appReady.ts'

const CONTROLS = 'button, [role="button"], summary, label, input[type="checkbox"], input[type="radio"]'

type HeldAction =
  { kind: 'click'; element: HTMLElement } | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }

/** Starts holding; `document` and `window` are parameters so the behaviour can be tested in jsdom. */
export function holdTapsUntilAppReady(doc: Document = document, win: EventTarget = window): void {
  const held: HeldAction[] = []
  const onClick = (event: MouseEvent) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>(CONTROLS) : null
    // A submit button's click becomes a submit event, held below with its submitter.
    if (
      control === null ||
      (control instanceof HTMLButtonElement && control.type === 'submit' && control.form !== null)
    )
      return
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push({ kind: 'click', element: control })
  }
  const onSubmit = (event: SubmitEvent) => {
    if (!(event.target instanceof HTMLFormElement)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push({
      kind: 'submit',
      form: event.target,
      submitter: event.submitter instanceof HTMLElement ? event.submitter : null,
    })
  }
  doc.addEventListener('click', onClick, true)
  doc.addEventListener('submit', onSubmit, true)
  win.addEventListener(
    APP_READY_EVENT,
    () => {
      doc.removeEventListener('click', onClick, true)
      doc.removeEventListener('submit', onSubmit, true)
      for (const action of held.splice(0)) replay(action)
    },
    { once: true },
  )
}

function replay(action: HeldAction): void {
  if (action.kind === 'click') {
    if (action.element.isConnected) action.element.click()
    return
  }
  if (!action.form.isConnected) return
  const submitter = action.submitter?.isConnected === true ? action.submitter : null
  action.form.requestSubmit(submitter)
}
