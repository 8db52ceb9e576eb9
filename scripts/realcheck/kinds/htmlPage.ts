/**
 * A news site's HTML page: a head with og:/article: metadata and JSON-LD NewsArticle in some
 * templates, only <title> in others; a nav, share bar, related list, footer and scripts around
 * the article. The truth is the article, its metadata or visible date, byline and site name.
 */
import { EGYPT_MONTHS, dateParts, monthName } from '../dates.ts'
import type { BuiltPage } from '../truth.ts'
import { editorTitle, type BuildContext } from './context.ts'

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')
}

type Head = 'rich' | 'json-ld' | 'title-only'

function headHtml(
  head: Head,
  fields: { title: string; outlet: string; date: string; author: string | null; url: string },
): string {
  const tags = [
    `<meta charset="utf-8">`,
    `<title>${escapeHtml(`${fields.title} | ${fields.outlet}`)}</title>`,
    '<link rel="stylesheet" href="/static/site.css">',
  ]
  if (head === 'rich') {
    tags.push(
      `<meta property="og:title" content="${escapeHtml(fields.title)}">`,
      `<meta property="og:site_name" content="${escapeHtml(fields.outlet)}">`,
      `<meta property="og:url" content="${escapeHtml(fields.url)}">`,
      `<meta property="article:published_time" content="${fields.date}T09:30:00+03:00">`,
      ...(fields.author ? [`<meta name="author" content="${escapeHtml(fields.author)}">`] : []),
    )
  }
  if (head === 'json-ld') {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: fields.title,
      datePublished: `${fields.date}T07:00:00Z`,
      ...(fields.author ? { author: { '@type': 'Person', name: fields.author } } : {}),
      publisher: { '@type': 'Organization', name: fields.outlet },
    }
    tags.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)
  }
  tags.push(
    '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());</script>',
  )
  return `<head>\n${tags.join('\n')}\n</head>`
}

export function buildHtmlPage(context: BuildContext): BuiltPage {
  const { pool, random } = context
  const article = context.take()
  const { title } = editorTitle(article)
  const outlet = article.outlet.name
  const date = dateParts(article.date)
  const head: Head = random.pick(['rich', 'json-ld', 'title-only'])
  const author = random.chance(0.5) ? random.pick(pool.authors) : null
  const visibleDate = random.chance(0.6)
  const navLabels = random.pick(pool.html.navLabels)
  const nav = navLabels.map((label, i) => `<li><a href="/section/${i}">${escapeHtml(label)}</a></li>`)
  const related = Array.from(
    { length: 3 },
    (_, i) => `<li><a href="/news/${i}">${escapeHtml(editorTitle(context.take()).title)}</a></li>`,
  )
  const share = random.pick(pool.html.shareLabel)
  const body = [...article.paragraphs]
  const html = [
    '<!DOCTYPE html>',
    '<html lang="ar" dir="rtl">',
    headHtml(head, { title, outlet, date: article.date, author, url: article.url }),
    '<body>',
    `<header class="site-header"><a class="logo" href="/">${escapeHtml(outlet)}</a><nav><ul>${nav.join('')}</ul></nav></header>`,
    '<main>',
    `<article class="${random.pick(pool.html.articleClass)}">`,
    `<h1>${escapeHtml(title)}</h1>`,
    '<div class="meta">',
    ...(author ? [`<span class="byline">${escapeHtml(author)}</span>`] : []),
    ...(visibleDate
      ? [`<time datetime="${article.date}">${date.day} ${monthName(EGYPT_MONTHS, date)} ${date.year}</time>`]
      : []),
    '</div>',
    `<div class="share"><span>${escapeHtml(share)}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>`,
    ...body.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article>',
    `<aside class="related"><h2>${escapeHtml(random.pick(pool.html.relatedLabel))}</h2><ul>${related.join('')}</ul></aside>`,
    '</main>',
    `<footer><p>© ${date.year} ${escapeHtml(outlet)}</p></footer>`,
    '<script src="/static/analytics.js" async></script>',
    '</body>',
    '</html>',
  ].join('\n')
  const hasDate = head !== 'title-only' || visibleDate
  return {
    kind: 'html',
    half: context.half,
    variant: `${head}/${author ? 'byline' : 'no-byline'}/${visibleDate ? 'visible-date' : 'no-visible-date'}`,
    fileName: `${context.stem}.html`,
    text: `${html}\n`,
    articles: [{ title, body, publishedAt: hasDate ? article.date : null, outlet, author }],
    furniture: [share, ...navLabels],
  }
}
