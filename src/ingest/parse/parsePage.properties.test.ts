/**
 * Properties that must hold on any input, not only on the fixtures: the page parser never throws
 * and whatever it returns builds articles the shared schema accepts; the date reader never
 * returns a date that does not exist.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { articleSchema, ingestReportSchema } from '@/core/schema.ts'
import { buildContract } from '../assemble/buildContract.ts'
import { MONTHS, parseDateLine, parseDateText } from './parseDate.ts'
import { parsePage } from './parsePage.ts'
import { pageFromBytes } from '../input/readPage.ts'
import { parseTaxonomy } from '../analyse/taxonomy.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const taxonomy = parseTaxonomy(JSON.parse(readFileSync(path.join(here, '../../../seeds/topics.json'), 'utf8')))

/** Pieces real pages are made of, so random pages reach the parser's branches, not only its first check. */
const PAGE_PIECES = [
  'تاريخ النشر: 24th, September 2024 GMT',
  '٣ تشرين الأول ٢٠٢٣',
  'بغداد/المسلة: ',
  'القاهرة – اليوم السابع: ',
  'بيروت (رويترز) - ',
  'إقرأ أيضاً:',
  'اقرأ أيضا: ',
  'كلمات دلالية: القوات الأمیرکیة مهمة التحالف',
  'المصدر: المسلة',
  'المسلة – متابعة – وكالات',
  "About Post Author زينSee author's posts",
  'إضغط على الصورة لتحميل تطبيق النهار على البلاي ستور',
  'Advertisements',
  'INCLUDEPICTURE "x" \\* MERGEFORMATINET',
  'أعلنت الوزارة اليوم عن خطة جديدة للنقل في العاصمة.',
  'العراق والولايات المتحدة',
  'الجزائر وأفريكوم',
  '#وسم_أول #وسم',
  'بقلم: سليم حداد',
  '(أ ف ب)',
  '\r\n',
  '\n',
  '\n\n',
  ' ',
  '.',
  ':',
  '-',
  '«',
  '»',
  '\u200B',
  '\u00A0',
  '\uFEFF',
  'ـــ',
  'َ',
  '&quot;',
  '\u0000',
]
const pageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PAGE_PIECES), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 60 })
    .map((parts) => parts.join('')),
)

describe('parsePage on arbitrary text', () => {
  it('never throws, and what it returns builds a contract the shared schema accepts', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const page = parsePage(text)
        if (page.status === 'rejected') expect(page.reason.length).toBeGreaterThan(0)
        // buildContract validates every file it writes against the shared schema and throws when one does not match.
        const build = buildContract([{ file: 'page.txt', page }], taxonomy, 'property')
        ingestReportSchema.parse(build.report)
        for (const [file, json] of build.files) if (file.startsWith('articles/')) articleSchema.parse(JSON.parse(json))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary bytes (binary, broken UTF-8, UTF-16 fragments)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const page = pageFromBytes(bytes)
        expect(['ok', 'rejected']).toContain(page.status)
      }),
      { numRuns: 300 },
    )
  })
})

function exists(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0))
  return date.toISOString().slice(0, 10) === iso
}

describe('the date reader', () => {
  const monthName = fc.constantFrom(...Object.keys(MONTHS))
  const day = fc.integer({ min: 0, max: 40 })
  const year = fc.integer({ min: 1890, max: 2110 })
  const written = fc.oneof(
    fc.tuple(day, monthName, year).map(([d, m, y]) => `${d} ${m} ${y}`),
    fc.tuple(day, fc.integer({ min: 0, max: 14 }), year).map(([d, m, y]) => `${d}-${m}-${y}`),
    fc.tuple(year, fc.integer({ min: 0, max: 14 }), day).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc.tuple(day, monthName, year).map(([d, m, y]) => `تاريخ النشر: ${d}th, ${m} ${y} GMT`),
  )

  it('never returns an impossible date (30 February, 31 April, month 13…)', () => {
    fc.assert(
      fc.property(written, (text) => {
        for (const date of [parseDateText(text), parseDateLine(text)?.date ?? null])
          if (date !== null) expect(exists(date)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('never returns an impossible date from arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const date = parseDateText(text)
        if (date !== null) expect(exists(date)).toBe(true)
      }),
    )
  })

  it('reads 2023-02-30 and 31 نيسان 2024 as no date at all', () => {
    expect(parseDateText('2023-02-30')).toBeNull()
    expect(parseDateText('31 نيسان 2024')).toBeNull()
  })
})
