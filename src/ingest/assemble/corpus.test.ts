import { describe, expect, it } from 'vitest'
import { assembleCorpus, type PageInput } from './corpus.ts'
import { parsePage } from '../parse/parsePage.ts'

const EMBEDDED_TITLE = 'ازدحام كبير على جناح كتب الأطفال في اليوم الأول'
const EMBEDDED_BODY = 'شهد جناح كتب الأطفال إقبالا واسعا من العائلات منذ ساعات الصباح الأولى.'

/** A page with a main article and one read-also article (undated there). */
const HOST_PAGE = `انطلاق معرض الكتاب الدولي بمشاركة مئات دور النشر
تاريخ النشر: 4th, April 2021 GMT
انطلقت اليوم فعاليات معرض الكتاب الدولي بمشاركة أكثر من ثلاثمئة دار نشر عربية وأجنبية.
اقرأ أيضا:
${EMBEDDED_TITLE}
${EMBEDDED_BODY}`

/** The read-also article as a page of its own, dated, with an author. */
const OWN_PAGE = `${EMBEDDED_TITLE}
تاريخ النشر: 5th, April 2021 GMT
عمان – بترا: ${EMBEDDED_BODY}
بقلم: سلمى يوسف`

/** A page whose read-also section is only a title: a link to the article above. */
const LINKING_PAGE = `ناشرون يطالبون بخفض تكاليف الشحن
طالب ناشرون مشاركون في المعرض بخفض تكاليف شحن الكتب بين الدول العربية.
اقرأ أيضا:
${EMBEDDED_TITLE}
اقرأ أيضا:
عنوان لا نص له في أي صفحة`

function input(file: string, text: string): PageInput {
  return { file, page: parsePage(text) }
}

describe('assembleCorpus', () => {
  const pages = [input('b-host.txt', HOST_PAGE), input('c-own.txt', OWN_PAGE), input('a-link.txt', LINKING_PAGE)]
  const corpus = assembleCorpus(pages)
  const embedded = corpus.articles.find((a) => a.article.title === EMBEDDED_TITLE)

  it('gives the same article the same id wherever it is met, and keeps one copy', () => {
    expect(corpus.articles.filter((a) => a.article.title === EMBEDDED_TITLE)).toHaveLength(1)
    expect(corpus.files.find((f) => f.file === 'c-own.txt')).toMatchObject({
      status: 'duplicate',
      articles: [embedded?.id],
    })
  })

  it('prefers the copy where the article is the main one and fills gaps from the others', () => {
    expect(embedded?.source).toEqual({ file: 'c-own.txt', index: 0 })
    expect(embedded?.article).toMatchObject({
      publishedAt: '2021-04-05',
      author: 'سلمى يوسف',
      dateline: 'عمان',
      outlet: 'بترا',
    })
  })

  it('keeps the read-also links of every copy, and resolves a title-only read-also on another page', () => {
    const host = corpus.articles.find((a) => a.source.file === 'b-host.txt')
    const linking = corpus.articles.find((a) => a.source.file === 'a-link.txt')
    expect(host?.readAlso).toEqual([embedded?.id])
    expect(linking?.readAlso).toEqual([embedded?.id])
  })

  it('warns about a read-also title found on no page', () => {
    expect(corpus.files.find((f) => f.file === 'a-link.txt')?.warnings).toEqual([
      'read-also «عنوان لا نص له في أي صفحة» has no text on this page or any other: not linked',
    ])
  })

  it('lists every file once, sorted, with its status', () => {
    expect(corpus.files.map((f) => [f.file, f.status])).toEqual([
      ['a-link.txt', 'ok'],
      ['b-host.txt', 'ok'],
      ['c-own.txt', 'duplicate'],
    ])
  })

  it('does not depend on the order the files come in', () => {
    expect(assembleCorpus([...pages].reverse())).toEqual(corpus)
  })

  it('reports a rejected page with its reason and no articles', () => {
    const rejected = assembleCorpus([input('empty.txt', ' \n ')])
    expect(rejected.files).toEqual([
      {
        file: 'empty.txt',
        status: 'rejected',
        articles: [],
        reason: 'empty file (no text): save the page again from its source, or remove the file',
      },
    ])
    expect(rejected.articles).toEqual([])
  })

  it('marks a page saved twice as a duplicate', () => {
    const twice = assembleCorpus([input('one.txt', HOST_PAGE), input('two.txt', HOST_PAGE)])
    expect(twice.files.map((f) => f.status)).toEqual(['ok', 'duplicate'])
    expect(twice.articles).toHaveLength(2)
  })
})
