// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { announceAppReady } from './appReady.ts'
import { holdTapsUntilAppReady } from './heldTaps.ts'

describe('taps before the app is ready', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <a href="#elsewhere" id="link">a link</a>
      <button type="button" id="english"><span id="label">English</span></button>
      <form id="search"><input name="q" value="بغداد"><button type="submit" id="go">بحث</button></form>`
  })

  it('are held on controls and replayed on the same elements once the app is ready', () => {
    const events = new EventTarget()
    holdTapsUntilAppReady(document, events)
    const clicks: string[] = []
    // The app attaches its handlers at hydration, after the tap.
    document.getElementById('english')?.addEventListener('click', () => clicks.push('english'))
    document.getElementById('label')?.click()
    expect(clicks).toEqual([])
    announceAppReady(events)
    expect(clicks).toEqual(['english'])
  })

  it('hold a form submission with its submitter and submit it again afterwards', () => {
    const events = new EventTarget()
    holdTapsUntilAppReady(document, events)
    const submitted: string[] = []
    const form = document.getElementById('search') as HTMLFormElement
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      submitted.push((event.submitter as HTMLElement | null)?.id ?? 'none')
    })
    form.requestSubmit(document.getElementById('go') as HTMLButtonElement)
    expect(submitted).toEqual([])
    announceAppReady(events)
    expect(submitted).toEqual(['go'])
  })

  it('leave links alone, drop taps on elements the app replaced, and stop holding once ready', () => {
    const events = new EventTarget()
    holdTapsUntilAppReady(document, events)
    const link = document.getElementById('link') as HTMLAnchorElement
    const linkClick = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.dispatchEvent(linkClick)
    expect(linkClick.defaultPrevented).toBe(false)

    const replaced = document.getElementById('english') as HTMLButtonElement
    let replacedClicks = 0
    replaced.addEventListener('click', () => replacedClicks++)
    replaced.click()
    replaced.remove()
    announceAppReady(events)
    expect(replacedClicks).toBe(0)

    const fresh = document.createElement('button')
    let freshClicks = 0
    fresh.addEventListener('click', () => freshClicks++)
    document.body.append(fresh)
    fresh.click()
    expect(freshClicks).toBe(1)
  })
})
