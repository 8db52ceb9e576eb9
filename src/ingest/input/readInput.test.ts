/** Which reader a file goes to, by its name and its first characters; and what a file of no kind gives. */
import { describe, expect, it } from 'vitest'
import { inputKind, sniffKind } from './inputKind.ts'
import { fileFromBytes, maxBytesFor } from './readInput.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const ARTICLE = 'أعلنت الوزارة اليوم عن خطة جديدة للنقل في العاصمة وأكدت أن التنفيذ سيبدأ قريبا في كل الأحياء.'

describe('inputKind', () => {
  it('goes by the extension first, whatever the case', () => {
    expect(inputKind('a/b/page.HTML', ARTICLE)).toBe('html')
    expect(inputKind('page.htm', ARTICLE)).toBe('html')
    expect(inputKind('export.ndjson', ARTICLE)).toBe('json-lines')
    expect(inputKind('export.jsonl', ARTICLE)).toBe('json-lines')
    expect(inputKind('export.json', ARTICLE)).toBe('json')
  })

  it('sniffs a text file that is really HTML or JSON, and leaves text pages as text', () => {
    expect(sniffKind('\n  <!DOCTYPE html><html>')).toBe('html')
    expect(sniffKind('<html lang="ar">')).toBe('html')
    expect(sniffKind('<!-- saved from url=(0042) -->\n<html>')).toBe('html')
    expect(sniffKind('<meta charset="utf-8">\n<head><title>x</title></head>')).toBe('html')
    expect(sniffKind('[{"title": "x"}]')).toBe('json')
    expect(sniffKind('{"title": "x"}')).toBe('json')
    expect(sniffKind('[صور] عنوان الخبر\nنص')).toBe('text')
    expect(sniffKind('عنوان يذكر <body> في وسطه')).toBe('text')
    expect(sniffKind(ARTICLE)).toBe('text')
  })
})

describe('fileFromBytes', () => {
  it('reads a .txt that opens with a bracket but is not JSON as a text page', () => {
    const page = fileFromBytes(utf8(`[عاجل] عنوان الخبر\n${ARTICLE}\n`), 'page.txt')
    expect(page).toMatchObject({ status: 'ok', articles: [{ title: '[عاجل] عنوان الخبر' }] })
    expect(page.records).toBeUndefined()
  })

  it('reads a .txt holding a JSON array of records as records', () => {
    const page = fileFromBytes(utf8(JSON.stringify([{ title: 'عنوان الخبر', content: ARTICLE }])), 'export.txt')
    expect(page).toMatchObject({
      status: 'ok',
      articles: [{ title: 'عنوان الخبر', sourceIndex: 0 }],
      records: [{ index: 0, status: 'ok' }],
    })
  })

  it('reads a .json that is JSON Lines', () => {
    const lines = [
      { title: 'الأول', text: ARTICLE },
      { title: 'الثاني', text: `${ARTICLE} ثانية` },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n')
    expect(fileFromBytes(utf8(lines), 'export.json')).toMatchObject({
      status: 'ok',
      records: [
        { index: 0, status: 'ok' },
        { index: 1, status: 'ok' },
      ],
    })
  })

  it('says where a .json is broken, and what to do', () => {
    const page = fileFromBytes(
      utf8('[\n{"title": "عنوان", "text": "نص"},\n{"title": "عنوان" "text": "نص"}\n]'),
      'export.json',
    )
    expect(page).toEqual({
      status: 'rejected',
      reason: expect.stringMatching(/^not JSON: line 3 column \d+: .+: save the export again as JSON/u),
      warnings: [],
    })
  })

  it('rejects an empty records file as empty, and a file of non-objects as no records', () => {
    expect(fileFromBytes(utf8('\n \n'), 'export.jsonl')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^empty file/u),
    })
    expect(fileFromBytes(utf8('[1, 2, 3]'), 'numbers.json')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^JSON but no article records: expected title and text fields.*no object fields/u),
    })
    expect(fileFromBytes(utf8('[]'), 'empty.json')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^JSON but no records/u),
    })
  })

  it('splits a body flattened into one long run at sentence ends', () => {
    const sentence = 'وقالت اللجنة المنظمة إن عدد المشاركين في السباق هذا العام تجاوز كل التوقعات السابقة بفارق كبير.'
    const page = fileFromBytes(
      utf8(JSON.stringify({ title: 'سباق', maintext: Array(12).fill(sentence).join(' ') })),
      'r.json',
    )
    const body = page.status === 'ok' ? (page.articles[0]?.body ?? []) : []
    expect(body.length).toBeGreaterThan(2)
    expect(body.every((p) => p.endsWith('.'))).toBe(true)
  })

  it('gives records files and HTML pages caps of their own', () => {
    expect(maxBytesFor('/in/page.txt')).toBe(2 * 1024 * 1024)
    expect(maxBytesFor('/in/page.html')).toBe(8 * 1024 * 1024)
    expect(maxBytesFor('/in/export.jsonl')).toBe(64 * 1024 * 1024)
  })
})
