/**
 * What an article is about, as weighted features for similarity: stemmed content words and
 * numbers (title words count double), keywords, proper names and topics. Each feature keeps a display form so a
 * shared keyword or name can be shown to the reader as the reason two articles are related.
 */
import { normalize } from '@/core/arabic/normalize.ts'
import { stem } from '@/core/arabic/stem.ts'
import { phraseKey } from '../parse/keywords.ts'

export type FeatureKind = 'word' | 'keyword' | 'name' | 'topic'

export interface FeatureSource {
  /** Normalized word tokens (see core tokenize) of the title and of the body. */
  readonly titleTokens: readonly string[]
  readonly bodyTokens: readonly string[]
  readonly keywords: readonly string[]
  readonly names: readonly string[]
  readonly topics: readonly string[]
}

export interface Feature {
  readonly kind: FeatureKind
  /** Raw count before idf weighting. */
  readonly count: number
  readonly display: string
}

/** Function words that say nothing about what an article is about (display spelling; compared normalized). */
export const STOPWORDS = [
  'في',
  'من',
  'على',
  'إلى',
  'عن',
  'أن',
  'إن',
  'التي',
  'الذي',
  'الذين',
  'اللذين',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هؤلاء',
  'مع',
  'كان',
  'كانت',
  'يكون',
  'تكون',
  'قد',
  'لقد',
  'لم',
  'لن',
  'لا',
  'ما',
  'ماذا',
  'أو',
  'ثم',
  'بعد',
  'قبل',
  'حيث',
  'كما',
  'بين',
  'عند',
  'كل',
  'أي',
  'غير',
  'حول',
  'خلال',
  'منذ',
  'عبر',
  'لدى',
  'ضد',
  'نحو',
  'أيضا',
  'قال',
  'وقال',
  'أكد',
  'وأكد',
  'أضاف',
  'وأضاف',
  'أشار',
  'وأشار',
  'وفقا',
  'إنه',
  'أنه',
  'أنها',
  'إنها',
  'هو',
  'هي',
  'هم',
  'نحن',
  'الى',
  'فيه',
  'فيها',
  'منه',
  'منها',
  'عليه',
  'عليها',
  'له',
  'لها',
  'لهم',
  'به',
  'بها',
  'وهو',
  'وهي',
  'وفي',
  'ومن',
  'وعلى',
  'الا',
  'إلا',
  'اليوم',
  'أمس',
  'حتى',
  'لكن',
  'ولكن',
  'بل',
  'إذا',
  'اذا',
  'عام',
  'يوم',
  'ذات',
  'تم',
  'وقد',
  'the',
  'and',
  'of',
  'to',
  'in',
  'for',
  'on',
  'with',
]

/** How much each kind of feature weighs against a content word with the same rarity. */
export const FEATURE_WEIGHTS: Readonly<Record<FeatureKind, number>> = { word: 1, keyword: 3, name: 2, topic: 2 }
const TITLE_WORD_COUNT = 2
const MIN_WORD_LENGTH = 3

const STOPWORD_SET = new Set(STOPWORDS.map((w) => normalize(w)))

/** Numbers of two digits or more (a toll, a count, a date) tell one event from another; lone digits do not. */
const NUMBER = /^\d{2,}$/u

function isContentWord(token: string): boolean {
  if (/^\d+$/u.test(token)) return NUMBER.test(token)
  return token.length >= MIN_WORD_LENGTH && !STOPWORD_SET.has(token)
}

/** Word → its stem, or null for a word that is no feature; a corpus repeats its words, so each is worked out once. */
const stemCache = new Map<string, string | null>()
const STEM_CACHE_LIMIT = 200_000

function contentStem(token: string): string | null {
  let stemmed = stemCache.get(token)
  if (stemmed === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
    stemmed = isContentWord(token) ? stem(token) : null
    stemCache.set(token, stemmed)
  }
  return stemmed
}

/** Feature key (kind-prefixed, normalized) → feature. */
export function articleFeatures(source: FeatureSource): Map<string, Feature> {
  const features = new Map<string, Feature>()
  const add = (kind: FeatureKind, key: string, display: string, count = 1) => {
    if (key.length === 0) return
    const id = `${kind}:${key}`
    const existing = features.get(id)
    features.set(id, { kind, display: existing?.display ?? display, count: (existing?.count ?? 0) + count })
  }
  for (const token of source.titleTokens) {
    const stemmed = contentStem(token)
    if (stemmed !== null) add('word', stemmed, token, TITLE_WORD_COUNT)
  }
  for (const token of source.bodyTokens) {
    const stemmed = contentStem(token)
    if (stemmed !== null) add('word', stemmed, token)
  }
  for (const keyword of source.keywords) add('keyword', phraseKey(keyword), keyword)
  for (const name of source.names) add('name', phraseKey(name), name)
  for (const topic of source.topics) add('topic', topic, topic)
  return features
}
