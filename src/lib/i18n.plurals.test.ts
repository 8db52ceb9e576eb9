import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import arPages from '@/locales/ar/pages.json'
import arFirst from '@/locales/ar/translation.json'
import enPages from '@/locales/en/pages.json'
import enFirst from '@/locales/en/translation.json'
import { createReadyI18n } from './i18n.ts'

const ar: Record<string, string> = { ...arFirst, ...arPages }
const en: Record<string, string> = { ...enFirst, ...enPages }

const ARABIC_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

function pluralBases(translation: Record<string, string>): Set<string> {
  return new Set(
    Object.keys(translation).flatMap((key) => key.match(/^(.*)_(zero|one|two|few|many|other)$/)?.[1] ?? []),
  )
}

describe('Arabic plurals', () => {
  let t: TFunction
  beforeAll(async () => {
    t = (await createReadyI18n('ar')).t
  })

  it('picks the right form for 0, 1, 2, 3, 11 and 100 articles', () => {
    expect(t('common.articleCount', { count: 0 })).toBe('لا مقالات')
    expect(t('common.articleCount', { count: 1 })).toBe('مقال واحد')
    expect(t('common.articleCount', { count: 2 })).toBe('مقالان')
    expect(t('common.articleCount', { count: 3 })).toBe('3 مقالات')
    expect(t('common.articleCount', { count: 11 })).toBe('11 مقالاً')
    expect(t('common.articleCount', { count: 100 })).toBe('100 مقال')
  })

  it('picks the right form for reading minutes', () => {
    expect(t('common.readingMinutes', { count: 0 })).toBe('أقل من دقيقة قراءة')
    expect(t('common.readingMinutes', { count: 1 })).toBe('دقيقة قراءة واحدة')
    expect(t('common.readingMinutes', { count: 2 })).toBe('دقيقتا قراءة')
    expect(t('common.readingMinutes', { count: 3 })).toBe('3 دقائق قراءة')
    expect(t('common.readingMinutes', { count: 11 })).toBe('11 دقيقة قراءة')
    expect(t('common.readingMinutes', { count: 100 })).toBe('100 دقيقة قراءة')
  })

  it('writes counts in Arabic-Indic digits when the reader chose them', () => {
    expect(t('common.articleCount', { count: 3, digits: 'arab' })).toBe('٣ مقالات')
    expect(t('common.articleCount', { count: 11, digits: 'arab' })).toBe('١١ مقالاً')
    expect(t('common.readingMinutes', { count: 100, digits: 'arab' })).toBe('١٠٠ دقيقة قراءة')
    expect(t('saved.count', { count: 3 })).toBe('3 مقالات محفوظة')
    expect(t('saved.count', { count: 11, digits: 'arab' })).toBe('١١ مقالاً محفوظاً')
    expect(t('search.resultCount', { count: 0 })).toBe('لا نتائج')
    expect(t('search.resultCount', { count: 2 })).toBe('نتيجتان')
    expect(t('search.resultCount', { count: 3, digits: 'arab' })).toBe('٣ نتائج')
  })

  it('gives every Arabic count all six forms, so no count falls back to another form', () => {
    for (const base of pluralBases(ar)) {
      for (const form of ARABIC_FORMS) expect(ar, `${base}_${form}`).toHaveProperty([`${base}_${form}`])
    }
  })
})

describe('locale files', () => {
  const bases = (translation: Record<string, string>) =>
    new Set(Object.keys(translation).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))

  it('cover the same keys in Arabic and English', () => {
    expect([...bases(en)].sort()).toEqual([...bases(ar)].sort())
  })

  it('keep their keys sorted', () => {
    for (const translation of [arFirst, arPages, enFirst, enPages])
      expect(Object.keys(translation)).toEqual(Object.keys(translation).sort())
  })

  it('split the same way in both languages: a key is a first-screen string in both or in neither', () => {
    expect([...bases(enFirst)].sort()).toEqual([...bases(arFirst)].sort())
    expect([...bases(enPages)].sort()).toEqual([...bases(arPages)].sort())
    for (const key of Object.keys(arFirst)) expect(arPages).not.toHaveProperty([key])
  })

  it('resolve English plurals', async () => {
    const tEn = (await createReadyI18n('en')).t
    expect(tEn('common.articleCount', { count: 1 })).toBe('1 article')
    expect(tEn('common.articleCount', { count: 2 })).toBe('2 articles')
  })
})
