import { describe, expect, it } from 'vitest'
import { LONG_RUN, breakLongRuns, breakLongRunsInText } from './breakLongRuns.ts'

describe('break opportunities in pathological runs', () => {
  it('leaves ordinary text, long sentences and long URLs exactly as they are', () => {
    const sentence = 'تستمر المحادثات بين بغداد وواشنطن '.repeat(200)
    const url = `https://example.org/${'a'.repeat(LONG_RUN - 30)}`
    for (const text of ['', 'عنوان', sentence, url]) expect(breakLongRunsInText(text)).toBe(text)
  })

  it('puts a space every 20 characters inside a 100,000-letter run, losing nothing', () => {
    const word = 'ب'.repeat(100_000)
    const broken = breakLongRunsInText(`قبل ${word} بعد`)
    expect(broken.replaceAll(' ', '')).toBe(`قبل${word}بعد`)
    const runs = broken.split(' ')
    expect(Math.max(...runs.map((run) => run.length))).toBe(20)
    expect(broken.startsWith('قبل ')).toBe(true)
  })

  it('walks a whole data file, strings only, keys untouched', () => {
    const long = 'x'.repeat(LONG_RUN)
    const file = { id: 'a-1', count: 3, body: [long, 'short'], nested: { [long]: long }, none: null }
    const out = breakLongRuns(file)
    expect(out.id).toBe('a-1')
    expect(out.count).toBe(3)
    expect(out.none).toBeNull()
    expect(out.body[1]).toBe('short')
    expect(out.body[0]).toContain(' ')
    expect(Object.keys(out.nested)).toEqual([long])
    expect(Object.values(out.nested)[0]).toContain(' ')
  })
})

describe('cost', () => {
  it('returns the very same objects when nothing needs breaking', () => {
    const file = { items: [{ title: 'عنوان', keywords: ['أ', 'ب'] }] }
    expect(breakLongRuns(file)).toBe(file)
  })

  it('never splits a surrogate pair', () => {
    const broken = breakLongRunsInText('😀'.repeat(LONG_RUN))
    expect(broken.split(' ').every((chunk) => chunk === '😀'.repeat(chunk.length / 2))).toBe(true)
  })
})
