import { describe, expect, it } from 'vitest'
import { isArticleSummary } from './articleSummaryShape.ts'
import { articleSummarySchema } from './schema.ts'

const valid = {
  id: 'iraq-us-talks-1',
  title: 'تتواصل المحادثات بين الوفدين',
  publishedAt: '2024-09-24',
  outlet: 'المسلة',
  excerpt: 'تتواصل المحادثات بين الوفدين حول التعاون الأمني.',
  topics: ['iraq-us'],
  readingMinutes: 2,
}

const variants: Array<[string, unknown]> = [
  ['a whole summary', valid],
  ['no date and no outlet', { ...valid, publishedAt: null, outlet: null }],
  ['extra fields', { ...valid, body: ['فقرة'] }],
  ['an id with capitals', { ...valid, id: 'Iraq' }],
  ['an empty title', { ...valid, title: '' }],
  ['a date with a time', { ...valid, publishedAt: '2024-09-24T10:00' }],
  ['a number for an outlet', { ...valid, outlet: 7 }],
  ['no excerpt', { ...valid, excerpt: undefined }],
  ['a bad topic id', { ...valid, topics: ['Iraq US'] }],
  ['zero minutes', { ...valid, readingMinutes: 0 }],
  ['half a minute', { ...valid, readingMinutes: 1.5 }],
  ['an array', [valid]],
  ['null', null],
  ['a string', 'iraq'],
]

describe('a saved article summary checked without zod', () => {
  it.each(variants)('agrees with the data contract on %s', (_name, value) => {
    expect(isArticleSummary(value)).toBe(articleSummarySchema.safeParse(value).success)
  })

  it('accepts the valid ones and refuses the rest', () => {
    const accepted = variants.filter(([, value]) => isArticleSummary(value)).map(([name]) => name)
    expect(accepted).toEqual(['a whole summary', 'no date and no outlet', 'extra fields'])
  })
})
