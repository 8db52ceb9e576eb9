import { describe, expect, it } from 'vitest'
import { formatList } from './intlPhrases.ts'

const FSI = '\u2068'
const PDI = '\u2069'

describe('lists of display terms', () => {
  it('isolates each term, so an override left open in one ends with it', () => {
    const joined = formatList(['\u202Eأول', 'ثاني'], 'ar')
    expect(joined).toBe(`${FSI}\u202Eأول${PDI} و${FSI}ثاني${PDI}`)
  })

  it('keeps the language’s own separators between the isolated terms', () => {
    expect(formatList(['NATO', 'AFRICOM', 'UN'], 'en')).toBe(
      `${FSI}NATO${PDI}, ${FSI}AFRICOM${PDI}, and ${FSI}UN${PDI}`,
    )
  })
})
