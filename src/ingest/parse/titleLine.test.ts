import { describe, expect, it } from 'vitest'
import { isHeadlineList, readTitle } from './titleLine.ts'

const PARAGRAPH =
  'أعلن فريق من الباحثين اليوم عن نتائج دراسة استمرت ثلاث سنوات حول تأثير التغير المناخي على المحاصيل الزراعية في المنطقة وخلص إلى توصيات عدة.'

describe('readTitle', () => {
  it('takes the first line as the title', () => {
    expect(readTitle(['عنوان الخبر', PARAGRAPH])).toEqual({ title: 'عنوان الخبر', bodyStart: 1, synthesized: false })
  })

  it('skips a short kicker above the title', () => {
    expect(readTitle(['تقرير', 'عنوان الخبر الطويل نسبيا', PARAGRAPH])).toEqual({
      title: 'عنوان الخبر الطويل نسبيا',
      bodyStart: 2,
      synthesized: false,
    })
  })

  it('does not take a short title for a kicker when a short paragraph follows', () => {
    expect(readTitle(['عنوان قصير', 'فقرة أولى قصيرة.', 'فقرة ثانية.'])).toMatchObject({
      title: 'عنوان قصير',
      bodyStart: 1,
    })
  })

  it('makes a title from the first sentence when the page starts with a dateline-led paragraph', () => {
    const choice = readTitle([`بغداد/المسلة: ${PARAGRAPH}`])
    expect(choice).toMatchObject({ bodyStart: 0, synthesized: true })
    expect(choice.title).toBe('أعلن فريق من الباحثين اليوم عن نتائج دراسة استمرت ثلاث سنوات حول تأثير التغير…')
  })

  it('joins a title broken over two lines', () => {
    expect(readTitle(['وزارة الصحة تطلق حملة وطنية للتطعيم', 'في المدارس الابتدائية', PARAGRAPH])).toEqual({
      title: 'وزارة الصحة تطلق حملة وطنية للتطعيم في المدارس الابتدائية',
      bodyStart: 2,
      synthesized: false,
    })
  })

  it('takes a first line of two sentences for a paragraph, not a title', () => {
    const choice = readTitle([
      'تلقت الجمعية أكثر من ألف شكوى خلال الشهر الماضي. وقالت إن معظمها عن الخبز.',
      'فقرة ثانية.',
    ])
    expect(choice).toMatchObject({
      bodyStart: 0,
      synthesized: true,
      title: 'تلقت الجمعية أكثر من ألف شكوى خلال الشهر الماضي',
    })
  })
})

describe('isHeadlineList', () => {
  it('is a run of two or more headlines, and not a title over its paragraph', () => {
    expect(isHeadlineList(['البنك المركزي يبقي أسعار الفائدة', 'تراجع معدل التضخم للشهر الثالث'])).toBe(true)
    expect(isHeadlineList(['البنك المركزي يبقي أسعار الفائدة', PARAGRAPH])).toBe(false)
    expect(isHeadlineList(['عنوان وحيد'])).toBe(false)
  })
})
