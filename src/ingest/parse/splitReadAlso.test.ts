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
})
