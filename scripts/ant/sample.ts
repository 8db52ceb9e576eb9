/**
 * npm run sample:convert -- [--corpus .corpora/ant] [--out samples/ant] [--count 300]
 *
 * Writes OUT/pages/<category>/<DOCNO>.txt (what `npm run sample` ingests) and copies ANT's LICENSE
 * to OUT/LICENSE as it is; OUT/README.md (the citation) is kept.
 *
 * Chooses the shipped sample of the ANT corpus and writes it as plain text pages the ingest reads:
 * a title line, a date line (ANT's TIME, ISO or dd/mm/yyyy, written as the Tunisian outlet writes
 * dates: `السبت 21 جانفي 2017`), the paragraphs, a source line naming the outlet, and a keywords
 * line with the article's category in Arabic.
 *
 * The choice is deterministic: the same share of every category (the rest from the largest), and
 * within a category equal numbers of short, middling and long articles, each group in a fixed
 * hash order. Reads only ANT (Apache-2.0); run it again to rebuild the sample exactly.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { MAGHREB_MONTHS, WEEKDAYS, dateParts } from '../realcheck/dates.ts'
import { hashText } from '../realcheck/random.ts'
import { antDate, parseAntDoc, type AntDoc } from './antDoc.ts'

/** The outlet's Arabic name, as its own pages write it. */
export const ANT_OUTLET_NAME = 'جوهرة أف أم'
/** ANT's categories in Arabic (its README's table), written as the page's keyword. */
export const ANT_CATEGORIES: Readonly<Record<string, string>> = {
  culture: 'ثقافة',
  diverse: 'متفرقات',
  economy: 'اقتصاد',
  internationalNews: 'دولية',
  localNews: 'وطنية',
  politic: 'سياسة',
  society: 'مجتمع',
  sport: 'رياضة',
  technology: 'تكنولوجيا',
}
const MIN_TITLE_WORDS = 3
const MIN_BODY_WORDS = 20

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length
}

/** ANT's date as the outlet prints it: weekday, day, Maghreb month name, year. */
export function antDateLine(time: string): string | null {
  const iso = antDate(time)
  if (!iso) return null
  const date = dateParts(iso)
  return `${WEEKDAYS[date.weekday]} ${date.day} ${MAGHREB_MONTHS[date.month - 1]} ${date.year}`
}

/** One sample page: title, date line, paragraphs, source line, and the category as its keyword. */
export function samplePage(doc: AntDoc): string | null {
  const dateLine = antDateLine(doc.time)
  if (!dateLine) return null
  const category = ANT_CATEGORIES[doc.category]
  const trailer = [`المصدر: ${ANT_OUTLET_NAME}`, ...(category ? [`كلمات دلالية: ${category}`] : [])]
  return `${[doc.title, dateLine, ...doc.paragraphs, ...trailer].join('\n')}\n`
}

function eligible(doc: AntDoc | null): doc is AntDoc {
  return (
    doc !== null &&
    words(doc.title) >= MIN_TITLE_WORDS &&
    words(doc.paragraphs.join(' ')) >= MIN_BODY_WORDS &&
    antDateLine(doc.time) !== null
  )
}

/** `count` documents of one category: a third short, a third middling, a third long. */
export function chooseByLength(docs: readonly AntDoc[], count: number): AntDoc[] {
  const byLength = [...docs].sort(
    (a, b) => words(a.paragraphs.join(' ')) - words(b.paragraphs.join(' ')) || a.docNo.localeCompare(b.docNo),
  )
  const thirds = [0, 1, 2].map((i) =>
    byLength.slice(Math.floor((i * byLength.length) / 3), Math.floor(((i + 1) * byLength.length) / 3)),
  )
  const chosen: AntDoc[] = []
  thirds.forEach((third, i) => {
    const share = Math.floor(count / 3) + (i < count % 3 ? 1 : 0)
    chosen.push(...[...third].sort((a, b) => hashText(a.docNo) - hashText(b.docNo)).slice(0, share))
  })
  return chosen
}

function readCategory(corpus: string, category: string): AntDoc[] {
  const seenTitles = new Set<string>()
  const docs: AntDoc[] = []
  for (const file of readdirSync(join(corpus, category))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const doc = parseAntDoc(readFileSync(join(corpus, category, file), 'utf8'))
    if (!eligible(doc) || seenTitles.has(doc.title)) continue
    seenTitles.add(doc.title)
    docs.push(doc)
  }
  return docs
}

function main(): void {
  const args = process.argv.slice(2)
  const option = (name: string, fallback: string): string => {
    const at = args.indexOf(name)
    return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback
  }
  const corpus = resolve(option('--corpus', '.corpora/ant'))
  const out = resolve(option('--out', 'samples/ant'))
  const count = Number(option('--count', '300'))
  const categories = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  const docs = new Map(categories.map((c) => [c, readCategory(corpus, c)]))
  const largest = [...docs.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0]
  const share = Math.floor(count / categories.length)
  const pages = join(out, 'pages')
  rmSync(pages, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  copyFileSync(join(corpus, 'LICENSE'), join(out, 'LICENSE'))
  let written = 0
  for (const category of categories) {
    const wanted = share + (category === largest ? count - share * categories.length : 0)
    const chosen = chooseByLength(docs.get(category) ?? [], wanted)
    mkdirSync(join(pages, category), { recursive: true })
    for (const doc of chosen) {
      const page = samplePage(doc)
      if (!page) continue
      writeFileSync(join(pages, category, `${doc.docNo}.txt`), page)
      written++
    }
  }
  process.stdout.write(`${written} articles written to ${pages}\n`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
