import { describe, expect, it } from 'vitest'
import { articleIdSchema } from '@/core/schema.ts'
import { articleId } from './ids.ts'

const TITLE = 'قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب'
const FIRST = 'أكد قائد القيادة العسكرية الأمريكية في إفريقيا “أفريكوم” الفريق أول مايكل لانغلي.'

describe('articleId', () => {
  it('is url-safe and matches the contract', () => {
    expect(articleIdSchema.safeParse(articleId(TITLE, FIRST)).success).toBe(true)
  })

  it('is stable: a pinned value, so ids never change between releases by accident', () => {
    expect(articleId(TITLE, FIRST)).toBe('a-e1d856f567a4928f')
  })

  it('ignores spacing, punctuation, tashkeel, tatweel, hamza forms and Persian letters', () => {
    const variant = 'قائدُ الافريكوم  الجـزائر والولايات المتحدة الامريكية ستواصلان حماية سلم الشعوب!'
    expect(articleId(variant, `${FIRST}  `)).toBe(articleId(TITLE, FIRST))
  })

  it('differs when the title or the first paragraph differs', () => {
    expect(articleId(TITLE, 'فقرة أخرى')).not.toBe(articleId(TITLE, FIRST))
    expect(articleId('عنوان آخر', FIRST)).not.toBe(articleId(TITLE, FIRST))
  })
})
