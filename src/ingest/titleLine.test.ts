import { describe, expect, it } from 'vitest'
import { readTitle } from './titleLine.ts'

const PARAGRAPH = 'أعلن فريق من الباحثين اليوم عن نتائج دراسة استمرت ثلاث سنوات حول تأثير التغير المناخي على المحاصيل الزراعية في المنطقة وخلص إلى توصيات عدة.'

describe('readTitle', () => {
  it('takes the first line as the title', () => {
    expect(readTitle(['عنوان الخبر', PARAGRAPH])).toEqual({ title: 'عنوان الخبر', bodyStart: 1, synthesized: false })
  })

  it('skips a short kicker above the title', () => {
    expect(readTitle(['تقرير', 'عنوان الخبر الطويل نسبيا', PARAGRAPH])).toEqual({ title: 'عنوان الخبر الطويل نسبيا', bodyStart: 2, synthesized: false })
  })

  it('does not take a short title for a kicker when a short paragraph follows', () => {
    expect(readTitle(['عنوان قصير', 'فقرة أولى قصيرة.', 'فقرة ثانية.'])).toMatchObject({ title: 'عنوان قصير', bodyStart: 1 })
  })

  it('makes a title from the first sentence when the page starts with a dateline-led paragraph', () => {
    const choice = readTitle([`بغداد/المسلة: ${PARAGRAPH}`])
    expect(choice).toMatchObject({ bodyStart: 0, synthesized: true })
    expect(choice.title).toBe('أعلن فريق من الباحثين اليوم عن نتائج دراسة استمرت ثلاث سنوات حول تأثير التغير…')
  })
})
