import { describe, expect, it } from 'vitest'
import { antDate, antParagraphs, parseAntDoc } from '../ant/antDoc.ts'
import { saudiTrailer } from './saudiTrailer.ts'

describe('ANT documents', () => {
  const doc = [
    '<DOC>',
    '<DOCNO>JA-sport-9-20170101</DOCNO>',
    '<TITLE>فريق الحي يفوز بالكأس</TITLE>',
    '<TIME>01/02/2017</TIME>',
    '<AUTHOR></AUTHOR>',
    '<TEXT>',
    'فاز فريق الحي بالكأس بعد مباراة',
    ' مثيرة على ملعبه.',
    'وقال المدرب إن الفوز مستحق.',
    '</TEXT>',
    '</DOC>',
  ].join('\n')

  it('rejoin hard-wrapped lines, keep real paragraph ends', () => {
    expect(parseAntDoc(doc)?.paragraphs).toEqual([
      'فاز فريق الحي بالكأس بعد مباراة مثيرة على ملعبه.',
      'وقال المدرب إن الفوز مستحق.',
    ])
    expect(antParagraphs('جملة أولى.\n جملة ثانية.')).toEqual(['جملة أولى.', 'جملة ثانية.'])
  })
  it('read both date forms', () => {
    expect(antDate('01/02/2017')).toBe('2017-02-01')
    expect(antDate('2017-01-21T20:46:00+01:00')).toBe('2017-01-21')
    expect(antDate('')).toBeNull()
  })
})

describe('saudiTrailer', () => {
  it('cuts a glued credit and takes its outlet', () => {
    const t = saudiTrailer(['الفقرة الأولى من الخبر.', 'الفقرة الأخيرة. رابط الخبر بصحيفة النهر: عنوان الخبر'])
    expect(t).toMatchObject({
      paragraphs: ['الفقرة الأولى من الخبر.', 'الفقرة الأخيرة.'],
      lines: ['رابط الخبر بصحيفة النهر: عنوان الخبر'],
      glued: true,
      outlet: 'النهر',
    })
  })
  it('takes a trailing byline as the author and strips a read-more stub', () => {
    const t = saudiTrailer(['الفقرة الأولى.', 'الفقرة الثانية.', 'سامي العلي- سبق-', '...المزيد'])
    expect(t).toMatchObject({
      paragraphs: ['الفقرة الأولى.', 'الفقرة الثانية.'],
      author: 'سامي العلي',
      outlet: 'سبق',
      glued: false,
    })
  })
  it('cuts a credit glued to a one-paragraph article, and a glued tags line', () => {
    expect(saudiTrailer(['الخبر كله في فقرة واحدة. رابط الخبر بصحيفة النهر: عنوانه'])).toMatchObject({
      paragraphs: ['الخبر كله في فقرة واحدة.'],
      glued: true,
      outlet: 'النهر',
    })
    expect(saudiTrailer(['الفقرة الأولى.', 'الفقرة الأخيرة. سمات مكتبة بلدية قراءة'])).toMatchObject({
      paragraphs: ['الفقرة الأولى.', 'الفقرة الأخيرة.'],
      lines: ['سمات مكتبة بلدية قراءة'],
      glued: true,
    })
  })
  it('strips a desk credit, a contact line, a bare address and a bare clock line', () => {
    const t = saudiTrailer([
      'الفقرة الأولى.',
      'الفقرة الثانية.',
      '* الوحدة الاقتصادية بـ«النهر»',
      'لمراسلة الكاتب : salma@example.com',
      'salma@example.com',
      '19:12 ت م',
    ])
    expect(t.paragraphs).toEqual(['الفقرة الأولى.', 'الفقرة الثانية.'])
    expect(t.lines).toHaveLength(4)
  })
  it('leaves an ordinary last paragraph alone', () => {
    expect(saudiTrailer(['الفقرة الأولى.', 'وفي الختام شكر الحضور.']).lines).toEqual([])
  })
})
