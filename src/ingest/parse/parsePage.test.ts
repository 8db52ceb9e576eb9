import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parsePage } from './parsePage.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const seed = readFileSync(path.join(here, '../../../seeds/000_071eff8cf92bc83d.txt'), 'utf8')

const FURNITURE = /المسلة – متابعة|النص الذي يتضمن|About Post Author|المصدر:|كلمات دلالية|إقرأ أيضاً|إضغط على الصورة/u

describe('parsePage on the seed', () => {
  const page = parsePage(seed)
  if (page.status !== 'ok') throw new Error(page.reason)
  const [main, embedded] = page.articles

  it('finds the main article and the read-also article, linked', () => {
    expect(page.articles).toHaveLength(2)
    expect(page.readAlso).toEqual([{ to: 1 }])
    expect(main).toMatchObject({
      dateline: 'بغداد',
      outlet: 'المسلة',
      author: 'زين',
      publishedAt: '2024-09-24',
      sourceIndex: 0,
    })
    expect(embedded).toMatchObject({ outlet: 'النهار', author: null, publishedAt: null, sourceIndex: 1 })
  })

  it('keeps the first paragraph’s text after removing the dateline', () => {
    expect(main?.body[0]?.startsWith('تستمر المحادثات بين بغداد وواشنطن')).toBe(true)
  })

  it('keeps only reading text in the bodies', () => {
    for (const article of page.articles) for (const paragraph of article.body) expect(paragraph).not.toMatch(FURNITURE)
    expect(embedded?.body.at(-1)?.startsWith('وجرى اللقاء بحضور')).toBe(true)
  })
})

describe('parsePage', () => {
  it('keeps the read-also articles when the main article has no body, with a warning', () => {
    const page = parsePage('عنوان رئيسي\nإقرأ أيضاً:\nعنوان مضمن\nنص المقال المضمن هنا.')
    expect(page).toMatchObject({
      status: 'ok',
      readAlso: [],
      warnings: [expect.stringMatching(/main article has a title/)],
    })
    expect(page.status === 'ok' && page.articles.map((a) => [a.title, a.sourceIndex])).toEqual([['عنوان مضمن', 1]])
  })

  it('does not take a lone credit word above the title for the credit', () => {
    const page = parsePage('خاص\nعنوان الخبر\nنص الخبر الأول.\nالمسلة – متابعة')
    expect(page.status === 'ok' && page.articles[0]).toMatchObject({
      title: 'عنوان الخبر',
      credit: 'المسلة – متابعة',
      outlet: 'المسلة',
    })
  })

  it('reads a headline that opens like a desk credit as the title, and the credit after the text as one', () => {
    const page = parsePage(
      'تحرير الفلوجة\nأعلنت القوات أمس استعادة آخر أحياء المدينة بعد معارك استمرت أسابيع.\nتحرير الوادي',
    )
    expect(page.status === 'ok' && page.articles[0]).toMatchObject({
      title: 'تحرير الفلوجة',
      credit: 'تحرير الوادي',
      outlet: 'الوادي',
    })
  })

  it('rejects an empty or whitespace-only page', () => {
    expect(parsePage('')).toEqual({
      status: 'rejected',
      reason: 'empty file (no text): save the page again from its source, or remove the file',
      warnings: [],
    })
    expect(parsePage(' \r\n\t\u00A0\n')).toMatchObject({
      status: 'rejected',
      reason: 'empty file (no text): save the page again from its source, or remove the file',
    })
  })
})
