// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cardsToFillScreen } from './useDrawnInSteps.ts'

/** A list whose top is at `top`, holding cards of the given heights. */
function listAt(top: number, cardHeights: readonly number[] = []): Element {
  const list = document.createElement('ol')
  list.getBoundingClientRect = () => ({ top }) as DOMRect
  for (const height of cardHeights) {
    const card = list.appendChild(document.createElement('li'))
    card.getBoundingClientRect = () => ({ height }) as DOMRect
  }
  return list
}

function screen({ height, wide }: { height: number; wide: boolean }): void {
  vi.stubGlobal('innerHeight', height)
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: wide && query.includes('min-width') }))
}

describe('how many cards a replaced list draws first', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('a phone with the filter above the list: rows as tall as the shortest of its first cards', () => {
    screen({ height: 823, wide: false })
    // 373 px below the list's top; the shortest of the first eight cards is 257 px: 2 rows. The
    // ninth card, shorter, is not measured.
    expect(cardsToFillScreen(listAt(450, [301, 336, 257, 301, 336, 336, 301, 336, 120]))).toBe(2)
  })

  it('an empty list, or cards shorter than any can be, count rows of 6 rem (96 px)', () => {
    screen({ height: 823, wide: false })
    expect(cardsToFillScreen(listAt(450))).toBe(4)
    expect(cardsToFillScreen(listAt(450, [40, 300]))).toBe(4)
  })

  it('two columns on a wide screen, twice as many', () => {
    screen({ height: 1080, wide: true })
    expect(cardsToFillScreen(listAt(300))).toBe(2 * Math.ceil(780 / 96))
  })

  it('a list scrolled partly off the top fills the whole screen; one below the fold still draws a row', () => {
    screen({ height: 800, wide: false })
    expect(cardsToFillScreen(listAt(-500))).toBe(Math.ceil(800 / 96))
    expect(cardsToFillScreen(listAt(2000))).toBe(1)
    expect(cardsToFillScreen(null)).toBe(Math.ceil(800 / 96))
  })
})
