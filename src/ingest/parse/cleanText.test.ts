import { describe, expect, it } from 'vitest'
import { cleanLines, decodeEntities } from './cleanText.ts'

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&quot;نص&quot; &amp; &#1575;&#x644; &laquo;x&raquo; &bogus; &#0;')).toBe(
      '"نص" & ال «x» &bogus; &#0;',
    )
  })
})

describe('cleanLines', () => {
  it('strips the BOM, folds CRLF/CR, NBSP and tabs, removes zero-width, bidi and control characters', () => {
    const text = '\uFEFFعنوان\r\nسطر\u00A0ثان\u200B\u200F\x00\rثالث\tهنا\u202B'
    expect(cleanLines(text)).toEqual(['عنوان', 'سطر ثان', 'ثالث هنا'])
  })

  it('keeps tashkeel, tatweel and Persian letters: display text is never altered', () => {
    expect(cleanLines('مَكْتَبَةُ الحَـــيّ الکتب')).toEqual(['مَكْتَبَةُ الحَـــيّ الکتب'])
  })

  it('collapses runs of spaces, trims lines and keeps blank lines', () => {
    expect(cleanLines('  أ   ب  \n\n ج ')).toEqual(['أ ب', '', 'ج'])
  })
})
