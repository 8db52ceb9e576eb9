import { describe, expect, it } from 'vitest'
import { readAlsoHeader, splitReadAlso } from './splitReadAlso.ts'

describe('readAlsoHeader', () => {
  it.each([
    ['إقرأ أيضاً:', ''],
    ['اقرأ أيضا', ''],
    ['اقرأ ايضاً: عنوان آخر', 'عنوان آخر'],
    ['طالع أيضا: عنوان', 'عنوان'],
    ['قد يهمك أيضا:', ''],
    ['مواضيع ذات صلة', ''],
    ['لا تفوّت:', ''],
    ['مقالات قد تهمك', ''],
    ['أخبار أخرى', ''],
  ])('%s', (line, title) => {
    expect(readAlsoHeader(line)).toBe(title)
  })

  it('does not take a sentence that mentions reading for a header', () => {
    expect(readAlsoHeader('اقرأ التقرير كاملا على موقعنا')).toBeNull()
    expect(readAlsoHeader('وقال إن عليكم أن تقرأوا أيضا')).toBeNull()
  })
})

describe('splitReadAlso', () => {
  it('splits the main article from each read-also section, several in a row', () => {
    const sections = splitReadAlso([
      'عنوان',
      'نص',
      'إقرأ أيضاً:',
      'عنوان ثان',
      'نص ثان',
      'اقرأ أيضا: عنوان ثالث',
      'نص ثالث',
    ])
    expect(sections).toEqual([
      { index: 0, lines: ['عنوان', 'نص'] },
      { index: 1, lines: ['عنوان ثان', 'نص ثان'] },
      { index: 2, lines: ['عنوان ثالث', 'نص ثالث'] },
    ])
  })

  it('gives a page without read-also one section', () => {
    expect(splitReadAlso(['عنوان', 'نص'])).toEqual([{ index: 0, lines: ['عنوان', 'نص'] }])
  })

  const lead = 'افتتحت البلدية صباح اليوم سوقا أسبوعيا للمزارعين في الساحة القديمة قرب محطة الحافلات الرئيسية.'
  const otherLead = 'أعلنت إدارة المدرسة أن الحافلات الجديدة ستنقل التلاميذ من القرى المجاورة ابتداء من الأسبوع المقبل.'

  it('takes a short label with a colon after the text, above a headline and its lead, for a header', () => {
    const sections = splitReadAlso([
      'سوق للمزارعين',
      lead,
      'أخبار أخرى:',
      'حافلات جديدة لتلاميذ القرى المجاورة',
      otherLead,
    ])
    expect(sections.map((s) => s.lines)).toEqual([
      ['سوق للمزارعين', lead],
      ['حافلات جديدة لتلاميذ القرى المجاورة', otherLead],
    ])
  })

  it.each([
    ['وتتوفر التذاكر في:', 'مكتبة الحي القديم في الشارع الرئيسي'],
    ['فيما يلي:', 'مكتبة الحي القديم في الشارع الرئيسي'],
    ['نقاط البيع:', '* مكتبة الحي القديم في الشارع الرئيسي'],
  ])('leaves prose that introduces a list in the article: %s', (label, item) => {
    const lines = [
      'سوق للمزارعين',
      lead,
      label,
      item,
      'محطة الحافلات الرئيسية من التاسعة صباحا إلى الخامسة مساء كل يوم',
    ]
    expect(splitReadAlso(lines)).toHaveLength(1)
  })
})
