/**
 * The shipped ANT sample (samples/ant) as the sample specs read it: straight from its pages, not
 * from the ingest's output, so what the app shows is checked against the source.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SAMPLE_PAGES = resolve(import.meta.dirname, '../../samples/ant/pages')

export interface SamplePage {
  readonly file: string
  readonly title: string
  readonly paragraphs: readonly string[]
}

export function samplePage(file: string): SamplePage {
  const [title = '', , ...rest] = readFileSync(join(SAMPLE_PAGES, file), 'utf8').split('\n')
  // Title, date line, paragraphs, then the source and keyword lines the converter adds.
  return { file, title, paragraphs: rest.filter((line) => line.length > 0).slice(0, -2) }
}

/** Every title in the sample: whatever the app lists must be one of them. */
export function sampleTitles(): Set<string> {
  const titles = new Set<string>()
  for (const category of readdirSync(SAMPLE_PAGES)) {
    for (const file of readdirSync(join(SAMPLE_PAGES, category))) titles.add(samplePage(join(category, file)).title)
  }
  return titles
}
