import { describe, expect, it } from 'vitest'
import { foldSpellingVariants } from '../arabic/spellingVariants.ts'
import { searchTermProcessor, searchWords } from './searchTerms.ts'

const SYNONYMS = [['أفريكوم', 'AFRICOM']]
const term = searchTermProcessor(SYNONYMS)

/** The terms a text is indexed under. */
function terms(text: string): string[] {
  return searchWords(text).map((word) => term(word) ?? '')
}

/** True when every word of the query meets a word of the text. */
function meets(query: string, text: string): boolean {
  const indexed = new Set(terms(text))
  return terms(query).every((t) => indexed.has(t))
}

// Words as the seed articles spell them.
const IRAQ =
  'توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة. القوات الأميركية. مهمة التحالف. نحو 86 موقعا. رئيس الوزراء محمد شياع السوداني'
const ALGERIA = 'قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية. الفريق أول السعيد شنقريحة'

describe('search terms', () => {
  it.each(['الامريكيه', 'الأميركية', 'امیرکیه', 'العلاقات', 'علاقة', 'التحالف', '٨٦', 'السوداني'])(
    '%s finds the Iraq article',
    (query) => {
      expect(meets(query, IRAQ)).toBe(true)
    },
  )

  it.each(['افريكوم', 'أفريكوم', 'AFRICOM', 'africom', 'شنقريحة', 'الجزائريه', 'الأميركية'])(
    '%s finds the Algeria article',
    (query) => {
      expect(meets(query, ALGERIA)).toBe(true)
    },
  )

  it('does not match what the text does not say', () => {
    expect(meets('شنقريحة', IRAQ)).toBe(false)
    expect(meets('السوداني', ALGERIA)).toBe(false)
  })

  it('folds أميركي into أمريكي in every form, before stemming', () => {
    expect(foldSpellingVariants('الاميركيه')).toBe('الامريكيه')
    expect(new Set(terms('الأميركية أمريكية الأمیرکیة أميركي')).size).toBe(1)
    expect(new Set(terms('البنتاجون البنتاغون')).size).toBe(1)
    expect(new Set(terms('الكونجرس الكونغرس')).size).toBe(1)
  })

  it('reads Persian letters and Arabic-Indic and Persian digits as their Arabic and Latin forms', () => {
    expect(terms('امیرکیه')).toEqual(terms('امريكيه'))
    expect(terms('٨٦')).toEqual(['86'])
    expect(terms('۸۶')).toEqual(['86'])
  })

  it('ignores tashkeel, tatweel and letter case', () => {
    expect(terms('العَلاقـات')).toEqual(terms('العلاقات'))
    expect(terms('AfriCom')).toEqual(terms('AFRICOM'))
  })

  it('maps every word of a synonym group to the group’s first word, with or without the article', () => {
    expect(term('AFRICOM')).toBe(term('أفريكوم'))
    expect(term('الأفريكوم')).toBe(term('أفريكوم'))
    expect(term('أفريكم')).toBe(term('أفريكوم'))
    expect(searchTermProcessor([])('AFRICOM')).toBe('africom')
  })
})
