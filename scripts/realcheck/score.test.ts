import { describe, expect, it } from 'vitest'
import type { PageArticle, PageParse } from '@/ingest/parse/parsePage.ts'
import { withoutDateline, bodyProblem, pairArticles, scorePage } from './score.ts'
import { displayText, tokenF1, tokens } from './text.ts'
import type { ArticleTruth, BuiltPage } from './truth.ts'

const truth: ArticleTruth = {
  title: 'افتتاح مكتبة عامة جديدة',
  body: [
    'افتتحت البلدية مكتبة عامة جديدة في وسط المدينة.',
    'وقال المدير إن القاعات تفتح كل يوم.',
    'وتضم المكتبة ركنا للأطفال.',
  ],
  publishedAt: '2016-03-14',
  outlet: 'صحيفة النهر',
  author: null,
  dateline: 'صيدا',
}

function got(overrides: Partial<PageArticle> = {}): PageArticle {
  return {
    title: truth.title,
    body: truth.body,
    publishedAt: '2016-03-14',
    dateline: 'صيدا',
    outlet: 'صحيفة النهر',
    author: null,
    keywords: [],
    credit: null,
    disclaimer: null,
    sourceIndex: 0,
    ...overrides,
  }
}

function page(articles: readonly ArticleTruth[], furniture: readonly string[] = []): BuiltPage {
  return { kind: 'seed', half: 'tune', variant: 'test', fileName: 'p.txt', text: '', articles, furniture }
}

const ok = (articles: PageArticle[]): PageParse => ({ status: 'ok', articles, readAlso: [], warnings: [] })

describe('text comparison', () => {
  it('ignores punctuation spacing and NBSP, keeps words', () => {
    expect(tokens('الرياض : قال الوزير ، إن\u00A0الخطة')).toEqual(['الرياض', 'قال', 'الوزير', 'إن', 'الخطة'])
    expect(tokenF1(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1)
    expect(tokenF1(['a', 'b', 'c', 'd'], ['a', 'b'])).toBeCloseTo(2 / 3)
    expect(tokenF1(['a'], [])).toBe(0)
    expect(displayText('&quot;أمن&quot; &amp; سلامة')).toBe('"أمن" & سلامة')
  })
})

describe('bodyProblem', () => {
  it('lets a one-paragraph article lose the dateline its text opens with', () => {
    const one: ArticleTruth = { ...truth, body: ['صيدا - النهر: افتتحت البلدية مكتبة عامة جديدة في وسط المدينة.'] }
    expect(bodyProblem(one, ['افتتحت البلدية مكتبة عامة جديدة في وسط المدينة.'], [])).toBeNull()
    expect(bodyProblem(one, ['افتتحت البلدية مكتبة عامة'], [])).not.toBeNull()
  })

  it('accepts the same paragraphs with spaced punctuation and different line breaks', () => {
    expect(
      bodyProblem(
        truth,
        [
          'افتتحت البلدية مكتبة عامة جديدة في وسط المدينة .',
          'وقال المدير إن القاعات تفتح كل يوم . وتضم المكتبة ركنا للأطفال .',
        ],
        [],
      ),
    ).toBeNull()
  })
  it('reports a missing first or last paragraph', () => {
    expect(bodyProblem(truth, truth.body.slice(1), [])).toBe('first paragraph missing')
    expect(bodyProblem(truth, truth.body.slice(0, 2), [])).toBe('last paragraph missing')
  })
  it('accepts a first paragraph whose leading dateline went to its own field', () => {
    const dated = {
      ...truth,
      body: ['الرملة - الغد: افتتحت البلدية مكتبة عامة جديدة في وسط المدينة .', ...truth.body.slice(1)],
    }
    expect(
      bodyProblem(dated, ['افتتحت البلدية مكتبة عامة جديدة في وسط المدينة .', ...truth.body.slice(1)], []),
    ).toBeNull()
    expect(withoutDateline('قال الوزير إن الخطة جاهزة')).toBe('قال الوزير إن الخطة جاهزة')
  })
  it('reports a furniture line kept as a paragraph or glued to one', () => {
    expect(bodyProblem(truth, [...truth.body, 'شارك'], ['شارك'])).toBe('furniture in body: شارك')
    const promo = 'حمّل تطبيق النهر على هاتفك'
    expect(bodyProblem(truth, [...truth.body.slice(0, 2), `${truth.body[2]} ${promo}`], [promo])).toBe(
      `furniture in body: ${promo}`,
    )
  })
  it('does not count a short furniture word that only occurs inside a sentence', () => {
    expect(bodyProblem(truth, truth.body, ['المكتبة'])).toBeNull()
  })
  it('fails a body with much more text than the truth', () => {
    const padded = [
      ...truth.body,
      'هذه جملة إضافية طويلة لا علاقة لها بالخبر وتتكرر كثيرا في كل صفحات الموقع وكل أقسامه المختلفة',
    ]
    expect(bodyProblem(truth, padded, [])).toMatch(/^token F1/u)
  })
})

describe('scorePage', () => {
  it('counts every checked field right on a right parse', () => {
    const score = scorePage(page([truth]), ok([got()]))
    expect(score.fullyRight).toBe(true)
    expect(score.fields.map((f) => f.field)).toEqual([
      'articles',
      'title',
      'body',
      'publishedAt',
      'outlet',
      'author',
      'dateline',
    ])
  })
  it('skips fields the truth leaves undefined, checks null ones', () => {
    const { dateline: _d, publishedAt: _p, ...open } = truth
    const score = scorePage(page([open]), ok([got({ dateline: 'بيروت', publishedAt: '2020-01-01', author: 'فلان' })]))
    expect(score.fields.filter((f) => !f.ok).map((f) => f.field)).toEqual(['author'])
  })
  it('compares titles whitespace-normalized but otherwise exactly', () => {
    expect(scorePage(page([truth]), ok([got({ title: ` ${truth.title.replace(' ', '\u00A0 ')} ` })])).fullyRight).toBe(
      true,
    )
    expect(
      scorePage(page([truth]), ok([got({ title: `عاجل ${truth.title}` })])).fields.find((f) => f.field === 'title')?.ok,
    ).toBe(false)
  })
  it('charges a missed embedded article its own fields and the page count, nothing else', () => {
    const second: ArticleTruth = {
      title: 'موسم قطف الزيتون يبدأ مبكرا',
      body: ['بدأ المزارعون قطف الزيتون قبل موعده بأسبوعين.'],
      outlet: null,
    }
    const score = scorePage(page([truth, second]), ok([got()]))
    const wrong = score.fields.filter((f) => !f.ok)
    expect(wrong.map((f) => `${f.field}:${f.article ?? '-'}`)).toEqual(['articles:-', 'title:1', 'body:1', 'outlet:1'])
  })
  it('fails every field of a rejected page', () => {
    const score = scorePage(page([truth]), { status: 'rejected', reason: 'no article text', warnings: [] })
    expect(score.fields.every((f) => !f.ok)).toBe(true)
  })
  it('pairs got articles with truths by text, whatever their order', () => {
    const second: ArticleTruth = { title: 'موسم قطف الزيتون', body: ['بدأ المزارعون قطف الزيتون قبل موعده بأسبوعين.'] }
    const other = got({ title: second.title, body: second.body })
    expect(pairArticles([truth, second], [other, got()])).toEqual([got(), other])
  })
})
