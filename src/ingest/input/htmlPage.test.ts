/** HTML pages: only the article's text comes out, whatever scripts, handlers and chrome the page carries. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { htmlMetadata, splitHtmlTitle } from './htmlMetadata.ts'
import { parseHtmlPage } from './htmlPage.ts'
import { htmlParagraphs } from './htmlParagraphs.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const newsPage = readFileSync(path.join(here, 'fixtures/html-news-page-og-jsonld/source.html'), 'utf8')

describe('parseHtmlPage', () => {
  it('keeps scripts, styles, tracking, inline JSON, handlers and page chrome out of the article', () => {
    const page = parseHtmlPage(newsPage)
    expect(page.status).toBe('ok')
    const text = JSON.stringify(page)
    for (const leak of [
      'gtag',
      'dataLayer',
      'track.js',
      'pixel',
      'onclick',
      'display',
      'نص داخلي',
      'ملفات تعريف الارتباط',
      'الأكثر قراءة',
      'سياسة الخصوصية',
      'ابحث في الموقع',
      'انقطاع مؤقت',
      'تصوير',
      'أضف تعليقك',
      'اقرأ أيضا',
    ]) {
      expect(text, leak).not.toContain(leak)
    }
  })

  it('keeps text that looks like markup as text, its entities decoded once', () => {
    const html = `<html><head><title>عنوان</title></head><body><article><p>كتب المبرمج في الملاحظة &lt;script&gt;alert(1)&lt;/script&gt; ولم ينفذ شيء لأن الحقل يقبل النص فقط، وكتب أيضا &amp;amp; كما هي.</p></article></body></html>`
    const page = parseHtmlPage(html)
    expect(page.status === 'ok' && page.articles[0]?.body).toEqual([
      'كتب المبرمج في الملاحظة <script>alert(1)</script> ولم ينفذ شيء لأن الحقل يقبل النص فقط، وكتب أيضا &amp; كما هي.',
    ])
  })
})

describe('htmlParagraphs', () => {
  it('splits at blocks and at <br><br>, joins at a single <br>, and drops link lists', () => {
    const { document } = parseHTML(
      '<html><body><div>السطر الأول<br>يكمل هنا<br><br>فقرة ثانية<ul><li><a href="/a">رابط أول</a></li></ul><blockquote><p>اقتباس</p></blockquote></div></body></html>',
    )
    expect(htmlParagraphs(document.body)).toEqual(['السطر الأول يكمل هنا', 'فقرة ثانية', 'اقتباس'])
  })
})

describe('htmlMetadata', () => {
  it('reads the article node inside @graph, and prefers it to Open Graph', () => {
    const { document } = parseHTML(newsPage)
    expect(htmlMetadata(document)).toEqual({
      title: 'مستشفى جديد للأطفال في تبوك يستقبل أول مرضاه',
      siteName: 'صحيفة الأفق',
      hostname: 'alofoq-news.example',
      publishedAt: '2024-03-14',
      author: 'منى الشهري',
    })
  })

  it('moves a site name out of the title only when it is the site', () => {
    expect(splitHtmlTitle('انطلاق الموسم - جريدة المساء', ['المساء'], null)).toEqual({
      title: 'انطلاق الموسم',
      site: 'جريدة المساء',
    })
    expect(splitHtmlTitle('انطلاق الموسم الثقافي | المساء', [], null)).toEqual({
      title: 'انطلاق الموسم الثقافي',
      site: 'المساء',
    })
    expect(splitHtmlTitle('انطلاق الموسم - جدة', [], 'انطلاق الموسم')).toEqual({ title: 'انطلاق الموسم', site: 'جدة' })
    expect(splitHtmlTitle('الرياض - جدة: قطار جديد', [], null)).toEqual({
      title: 'الرياض - جدة: قطار جديد',
      site: null,
    })
  })
})
