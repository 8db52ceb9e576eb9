/**
 * Golden fixtures for the inputs that are not text pages, one folder per case like
 * src/ingest/parse/fixtures: `fixtures/<case>/source.<ext>` (an HTML page, JSON Lines, JSON), the
 * extension saying what kind of file it is as it would in an input folder, and `expected.json`
 * holding the expected parse. Adding a case is adding a folder.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pageFromBytes } from './readPage.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

function sourceOf(name: string): string {
  const source = readdirSync(path.join(fixtures, name)).find((file) => file.startsWith('source.'))
  if (!source) throw new Error(`fixture ${name} has no source.* file`)
  return source
}

describe('input fixtures', () => {
  it('has HTML and records cases', () => {
    expect(cases.filter((c) => c.startsWith('html-')).length).toBeGreaterThanOrEqual(4)
    expect(cases.filter((c) => c.startsWith('records-')).length).toBeGreaterThanOrEqual(5)
  })

  it.each(cases)('%s', (name) => {
    const source = sourceOf(name)
    const expected = JSON.parse(readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8')) as { page: unknown }
    expect(pageFromBytes(readFileSync(path.join(fixtures, name, source)), source)).toEqual(expected.page)
  })
})
