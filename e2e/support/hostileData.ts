/**
 * A data folder whose every text field carries an attack (docs/app.md, Untrusted text: article text is text): markup
 * and script, javascript: and data: URLs, title and attribute breakouts, bidi overrides and
 * embeddings left open, zero-width joiners, a 100,000-character word. Schema-valid — each file
 * passes the shared contract — so the app renders it instead of rejecting it, which is the case
 * that matters. Served by route interception in place of the built data.
 */
import type { Page } from '@playwright/test'
import {
  articleSchema,
  feedPageSchema,
  manifestSchema,
  SCHEMA_VERSION,
  type Article,
  type Manifest,
} from '@/core/schema.ts'
import { buildSearchIndex } from '@/ingest/search/searchIndex.ts'

/** Each payload tries to run `alert()` and to set `window.pwned`; none may succeed. */
export const PAYLOADS = {
  script: `<script>alert('script');window.pwned='script'</script>`,
  img: `<img src=x onerror="alert('img');window.pwned='img'">`,
  'javascript-url': `javascript:alert('js');window.pwned='js'`,
  'data-url': 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'title-breakout': `</title><script>alert('title');window.pwned='title'</script><title>`,
  'attribute-breakout': `" onmouseover="alert('attr')" autofocus onfocus="window.pwned='attr'" x="`,
  'single-quote-breakout': `' onmouseover='alert(1)' x='`,
  'right-to-left-override': '\u202Eمرحبا ABC 123',
  'bidi-embeddings': '\u202B\u202D\u2066\u2067\u2068 نص \u202A ltr \u200F\u200E',
  'zero-width': 'كلمة\u200Dمتصلة\u200C\u200B\uFEFFنهاية',
  'long-word': 'ب'.repeat(100_000),
} as const

export type PayloadName = keyof typeof PAYLOADS
export const PAYLOAD_NAMES = Object.keys(PAYLOADS) as PayloadName[]

export const articleId = (name: PayloadName) => `hostile-${name}`
/** In every article body, so one search lists them all. */
export const SEARCHABLE_WORD = 'اختبار'

/** Topic labels and terms are attacks too (they come from the taxonomy file, also editor input). */
export const TOPIC_LABELS = {
  'iraq-us': `${PAYLOADS['right-to-left-override']} ${PAYLOADS.script}`,
  'algeria-africom': `${PAYLOADS.img} ${PAYLOADS['attribute-breakout']}`,
} as const satisfies Record<string, string>

function article(name: PayloadName, text: string, texts: Record<PayloadName, string>): Article {
  const others = PAYLOAD_NAMES.filter((other) => other !== name)
  const next = others[PAYLOAD_NAMES.indexOf(name) % others.length] ?? others[0]!
  return articleSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: articleId(name),
    title: text,
    publishedAt: '2024-09-24',
    dateline: text,
    outlet: text,
    author: text,
    body: [`${SEARCHABLE_WORD}: ${text}`, text],
    keywords: [text],
    topics: ['iraq-us', 'algeria-africom'],
    related: [
      { id: articleId(next), kind: 'read-also', title: texts[next], publishedAt: '2024-09-23' },
      {
        id: articleId(next),
        kind: 'similar',
        score: 0.5,
        title: texts[next],
        publishedAt: '2024-09-22',
        reasons: { topics: ['iraq-us'], keywords: [text], names: [text] },
      },
    ],
    source: { file: `${name}.txt`, index: 0 },
    excerpt: text,
    readingMinutes: 1,
    wordCount: 12,
    credit: text,
    disclaimer: text,
    topicMatches: { 'iraq-us': [text], 'algeria-africom': [text] },
    story: null,
    copies: [],
  })
}

export interface DataSet {
  files: Map<string, unknown>
  articles: Article[]
}

/** The data folder for these texts (by default the payloads themselves); `labels` for the topics. */
export function hostileDataSet(
  texts: Record<PayloadName, string> = PAYLOADS,
  labels: Record<string, string> = TOPIC_LABELS,
): DataSet {
  const articles = PAYLOAD_NAMES.map((name) => article(name, texts[name], texts))
  const summaries = articles.map(({ id, title, publishedAt, outlet, excerpt, topics, readingMinutes }) => ({
    id,
    title,
    publishedAt,
    outlet,
    excerpt,
    topics,
    readingMinutes,
  }))
  // 12, not 11: a count whose digits show whether they still read left to right beside a hostile label.
  const topics = Object.entries(labels).map(([id, label]) => ({
    id,
    labels: { ar: label, en: label },
    count: 12,
    terms: [label],
  }))
  // The ingest's own search builder (sharded terms, summaries, search manifest), each file validated there.
  const search = buildSearchIndex(articles, [], [])
  const manifest: Manifest = manifestSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: '2024-09-24T00:00:00.000Z',
    articleCount: articles.length,
    topics,
    feed: {
      pageSize: 30,
      lists: ['all', ...Object.keys(labels)].map((id) => ({ id, count: articles.length, pageCount: 1 })),
    },
    search: search.manifestEntry,
  })
  const files = new Map<string, unknown>([['manifest.json', manifest]])
  for (const list of manifest.feed.lists)
    files.set(
      `feed/${list.id}/1.json`,
      feedPageSchema.parse({ list: list.id, page: 1, pageCount: 1, items: summaries }),
    )
  for (const item of articles) files.set(`articles/${item.id}.json`, item)
  for (const [path, json] of search.files) files.set(path, JSON.parse(json))
  return { files, articles }
}

/** Serves the data set in place of the built data folder; any other data file is a 404. */
export async function serveDataSet(page: Page, dataSet: DataSet): Promise<void> {
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/data\//, '')
    const json = dataSet.files.get(path)
    return json === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ json })
  })
}

/**
 * Opens the feed as a client render that reads the (hostile) data folder: the front page's own
 * address is prerendered from the build's data and asks for none, so the feed is reached from
 * another page by the masthead's link, as a reader coming back to it would.
 */
export async function openFeedInApp(page: Page): Promise<void> {
  await page.goto('/settings')
  // The masthead's name: the way home at every width (on a phone the sections are in the menu).
  await page.getByRole('banner').getByRole('link', { name: 'صحيفة', exact: true }).click()
  await page.waitForURL('/')
}
