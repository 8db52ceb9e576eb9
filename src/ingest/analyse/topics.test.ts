import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tokenize } from '@/core/arabic/tokenize.ts'
import { parseTaxonomy } from './taxonomy.ts'
import { classifyTopics, prominentHits, termMatcher } from './topics.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const taxonomy = parseTaxonomy(JSON.parse(readFileSync(path.join(here, '../../../seeds/topics.json'), 'utf8')))
const matcher = termMatcher(taxonomy.termGroups)

function topicsOf(text: string) {
  return classifyTopics(taxonomy, matcher.find(tokenize(text)))
}

describe('topic matching on the shipped taxonomy', () => {
  it('needs both sides for iraq-us, and says which terms matched', () => {
    const result = topicsOf('بحث رئيس الوزراء العراقي مع وزير الخارجية الأميركي مستقبل التحالف')
    expect(result.topics).toEqual(['iraq-us'])
    expect(result.topicMatches['iraq-us']).toEqual(['عراقي', 'أمريكي'])
  })

  it.each([
    ['الأمريكية', 'الأمريكية'],
    ['الأميركية', 'الأميركية'],
    ['الأمیرکیة (Persian letters)', 'الأمیرکیة'],
    ['والولايات المتحدة', 'والولايات المتحدة'],
    ['بواشنطن', 'بواشنطن'],
    ['كواشنطن (a lone ك)', 'كواشنطن'],
    ['البنتاجون', 'البنتاجون'],
  ])('folds US-side spelling variants: %s', (_, usTerm) => {
    expect(topicsOf(`وفد من العراق يزور ${usTerm}`).topics).toEqual(['iraq-us'])
  })

  it('matches AFRICOM in every spelling, with Algeria', () => {
    for (const africom of ['أفريكوم', 'الأفريكوم', 'افريكوم', 'AFRICOM', 'Africom']) {
      expect(topicsOf(`قائد ${africom} يزور الجزائر`).topics).toEqual(['algeria-africom'])
    }
  })

  it('counts US–Algeria military cooperation as algeria-africom without naming AFRICOM', () => {
    expect(topicsOf('الجزائر والولايات المتحدة تبحثان التعاون العسكري').topics).toEqual(['algeria-africom'])
    expect(topicsOf('وفد من البنتاغون في الجزائر').topics).toEqual(['algeria-africom'])
  })

  it('hard negative: Iraq–Iran without the US is not iraq-us', () => {
    expect(topicsOf('العراق وإيران يوقعان اتفاقا تجاريا في بغداد وطهران').topics).toEqual([])
  })

  it('hard negative: AFRICOM in Niger without Algeria is not algeria-africom', () => {
    expect(topicsOf('أفريكوم تجري مناورات عسكرية مع جيش النيجر في نيامي').topics).toEqual([])
  })

  it('hard negative: Algeria–France military cooperation is neither topic', () => {
    expect(topicsOf('الجزائر وفرنسا توقعان اتفاقا للتعاون العسكري والأمني').topics).toEqual([])
  })

  it('hard negative: Algeria–US trade without any security side is not algeria-africom', () => {
    expect(topicsOf('الجزائر والولايات المتحدة توقعان اتفاقا لتصدير التمور').topics).toEqual([])
  })

  it('does not match a term inside a longer word: العراقة (heritage) is not العراق', () => {
    expect(matcher.find(tokenize('العراقة والأصالة')).map((h) => h.display)).toEqual([])
  })

  it('can give an article two topics', () => {
    const text = 'واشنطن تنسق مع العراق والجزائر، وقائد أفريكوم يزور الجزائر'
    expect(topicsOf(text).topics).toEqual(['iraq-us', 'algeria-africom'])
  })
})

describe('taxonomy validation', () => {
  const valid = {
    schemaVersion: 1,
    termGroups: { a: { terms: [{ display: 'أ', match: ['أ'] }] } },
    topics: [] as unknown[],
  }

  it('rejects a rule naming an unknown group, duplicate ids and the reserved id "all"', () => {
    const topic = (id: string, rule: unknown) => ({ id, labels: { ar: 'ع', en: 'e' }, rule })
    expect(() => parseTaxonomy({ ...valid, topics: [topic('x', { allOf: ['a', 'missing'] })] })).toThrow(
      /unknown term group "missing"/,
    )
    expect(() => parseTaxonomy({ ...valid, topics: [topic('x', 'a'), topic('x', 'a')] })).toThrow(/duplicate topic id/)
    expect(() => parseTaxonomy({ ...valid, topics: [topic('all', 'a')] })).toThrow(/reserved/)
    expect(() => parseTaxonomy({ ...valid, topics: [topic('Bad Id', 'a')] })).toThrow(/invalid topic taxonomy/)
  })
})

describe('prominentHits', () => {
  /** Topics of an article given as paragraphs, the first being its lead. */
  function topicsOfArticle(paragraphs: string[]) {
    const tokens = paragraphs.flatMap(tokenize)
    const leadEnd = tokenize(paragraphs[0] ?? '').length
    const hits = prominentHits(matcher.mentions(tokens), (at) => at < leadEnd, taxonomy.prominence.minMentions)
    return classifyTopics(taxonomy, hits).topics
  }

  it('hard negative: AFRICOM in Morocco with Algeria named once, in passing, late in the article', () => {
    expect(
      topicsOfArticle([
        'انطلاق مناورات الأسد الإفريقي في المغرب بمشاركة أفريكوم',
        'تنظم القوات المغربية المناورات مع القيادة الأمريكية في إفريقيا.',
        'ويرى محللون أن المناورات تحمل رسائل في ظل القطيعة بين الرباط والجزائر.',
      ]),
    ).toEqual([])
  })

  it('counts a side named in the lead, or named twice anywhere', () => {
    expect(topicsOfArticle(['وفد من الكونغرس في بغداد', 'نص لا يذكر أحدا.'])).toEqual(['iraq-us'])
    expect(topicsOfArticle(['مقدمة عن العراق', 'زار وفد واشنطن.', 'وعاد الوفد من واشنطن.'])).toEqual(['iraq-us'])
    expect(topicsOfArticle(['مقدمة عن العراق', 'زار وفد واشنطن مرة واحدة.'])).toEqual([])
  })

  it('hard negative: US–Egypt military aid is neither topic', () => {
    expect(
      topicsOfArticle(['واشنطن تفرج عن مساعدات عسكرية لمصر', 'قال البنتاغون إن المساعدات العسكرية لمصر مستمرة.']),
    ).toEqual([])
  })
})
