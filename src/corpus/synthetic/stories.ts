/**
 * What a synthetic article is about: its kind decides the topics it should get, and supplies its
 * title and its lead sentences from the vocabulary. Hard negatives name one side of a topic only
 * (Iraq with Iran, AFRICOM in Niger, Algeria with France, the US with Morocco): they must get no topic.
 */
import type { Random } from './random.ts'
import * as v from './vocabulary.ts'

export type StoryKind =
  'neutral' | 'iraq-us' | 'algeria-africom' | 'both' | 'iraq-iran' | 'africom-niger' | 'algeria-france' | 'us-morocco'

/** Realistic proportions: most articles are on neither topic. */
export const STORY_WEIGHTS: Readonly<Record<StoryKind, number>> = {
  neutral: 72,
  'iraq-us': 12,
  'algeria-africom': 7,
  both: 1,
  'iraq-iran': 3,
  'africom-niger': 2,
  'algeria-france': 2,
  'us-morocco': 1,
}

/** The topics the ingest should find for each kind. */
export const EXPECTED_TOPICS: Readonly<Record<StoryKind, readonly string[]>> = {
  neutral: [],
  'iraq-us': ['iraq-us'],
  'algeria-africom': ['algeria-africom'],
  both: ['iraq-us', 'algeria-africom'],
  'iraq-iran': [],
  'africom-niger': [],
  'algeria-france': [],
  'us-morocco': [],
}

export interface Story {
  readonly kind: StoryKind
  readonly title: string
  /** Sentences that carry the subject; the first paragraph opens with them. */
  readonly lead: readonly string[]
  /** Where the dateline puts it. */
  readonly place: string
}

function amount(r: Random): string {
  return `${r.int(2, 950)} ${r.pick(['مليون دولار', 'مليار دينار', 'ألف طن', 'مليون يورو', 'كيلومترا', 'ألف مستفيد'])}`
}

function pairStory(
  r: Random,
  sideA: readonly string[],
  sideB: readonly string[],
  files: readonly string[],
  place: string,
): Omit<Story, 'kind'> {
  const a = r.pick(sideA)
  const b = r.pick(sideB)
  const file = r.pick(files)
  return {
    title: r.pick([
      `${a} ${r.pick(v.VERBS)} مع ${b} ${file}`,
      `${file}: ${a} و${b} في جولة ${r.pick(v.ADJECTIVES)}`,
      `${b} يلتقي ${a} لبحث ${file}`,
    ]),
    lead: [
      `${r.pick(v.PAST_VERBS)} ${a} مع ${b} يوم ${r.pick(v.WEEKDAY_WORDS)} ملف ${file} في محادثات وصفت بأنها ${r.pick(v.ADJECTIVES)} استمرت ${r.int(2, 9)} ساعات بحضور ${r.int(12, 480)} من المسؤولين والخبراء وممثلي ${r.int(3, 90)} مؤسسة`,
      `وأوضح بيان مشترك أن الجانبين اتفقا على ${r.pick(v.OUTCOMES)} بكلفة تقارب ${amount(r)}`,
      `وأكد ${b} أن التعاون مع ${a} يبقى أولوية في المرحلة المقبلة`,
    ],
    place,
  }
}

function neutralStory(r: Random): Omit<Story, 'kind'> {
  const country = r.pick(v.NEUTRAL_COUNTRIES)
  const actor = r.pick(v.NEUTRAL_ACTORS)
  const file = r.pick(v.NEUTRAL_FILES)
  return {
    title: r.pick([
      `${actor} في ${country} ${r.pick(v.VERBS)} ${file}`,
      `${file} في ${country}: أرقام جديدة و${r.pick(v.OUTCOMES)}`,
      `${country} تطلق ${file} بكلفة ${amount(r)}`,
    ]),
    lead: [
      `أعلن ${actor} في ${country} عن إطلاق المرحلة الثانية من ${file} بكلفة ${amount(r)} بمشاركة ${r.int(12, 980)} من الفنيين في ${r.int(2, 400)} موقعا`,
      `وقال في تصريح للصحفيين إن الهدف هو ${r.pick(v.OUTCOMES)} قبل نهاية العام`,
    ],
    place: r.pick(v.NEUTRAL_PLACES),
  }
}

const QUOTES = [
  'الخطوة تحتاج إلى وقت قبل أن تظهر نتائجها',
  'التوقيت يعكس رغبة في تسريع الإجراءات',
  'التحديات المالية ما زالت قائمة',
  'الرأي العام ينتظر خطوات ملموسة',
  'التجارب السابقة تقدم دروسا مهمة',
  'اللجان المختصة ستعلن النتائج في حينها',
]

/** A named spokesperson's sentence, after the lead paragraph; the name may also be a keyword. */
export function spokesperson(r: Random): { name: string; sentence: string } {
  const name = `${r.pick(v.FIRST_NAMES)} ${r.pick(v.FAMILY_NAMES)}`
  return { name, sentence: `وقال المتحدث ${name} إن ${r.pick(QUOTES)}` }
}

export function story(r: Random, kind: StoryKind): Story {
  switch (kind) {
    case 'neutral':
      return { kind, ...neutralStory(r) }
    case 'iraq-us':
      return { kind, ...pairStory(r, v.IRAQ_ACTORS, v.US_ACTORS, v.IRAQ_US_FILES, r.pick(v.IRAQ_PLACES)) }
    case 'algeria-africom':
      return {
        kind,
        ...pairStory(r, v.ALGERIA_ACTORS, v.AFRICOM_ACTORS, v.ALGERIA_AFRICOM_FILES, r.pick(v.ALGERIA_PLACES)),
      }
    case 'both': {
      const iraq = pairStory(r, v.IRAQ_ACTORS, v.US_ACTORS, v.IRAQ_US_FILES, 'واشنطن')
      const algeria = pairStory(r, v.ALGERIA_ACTORS, v.AFRICOM_ACTORS, v.ALGERIA_AFRICOM_FILES, 'واشنطن')
      return {
        kind,
        // Both topics in the title, so both are prominent whatever the paragraphs say.
        title: `من العراق إلى الجزائر: واشنطن وأفريكوم بين ${r.pick(v.IRAQ_US_FILES)} و${r.pick(v.ALGERIA_AFRICOM_FILES)}`,
        lead: [...iraq.lead.slice(0, 2), ...algeria.lead.slice(0, 2)],
        place: 'واشنطن',
      }
    }
    case 'iraq-iran':
      return {
        kind,
        ...pairStory(
          r,
          v.IRAQ_ACTORS,
          v.IRAN_ACTORS,
          ['أمن الحدود المشتركة', 'تبادل الكهرباء والغاز', 'تنظيم زيارات الأربعين', 'المنافذ التجارية'],
          r.pick(v.IRAQ_PLACES),
        ),
      }
    case 'africom-niger': {
      const country = r.pick(v.SAHEL_PLACES)
      const actor = r.pick(v.AFRICOM_ACTORS)
      return {
        kind,
        title: `${actor} ${r.pick(v.VERBS)} مستقبل القواعد في ${country}`,
        lead: [
          `${r.pick(v.PAST_VERBS)} ${actor} مع ${r.int(3, 60)} من المسؤولين في ${country} ترتيبات إعادة تموضع القوات بعد انتهاء اتفاق التعاون في ${r.pick(v.WEEKDAY_WORDS)} من الأسبوع ${r.pick(['الماضي', 'الجاري'])}`,
          `وذكر مصدر عسكري أن الانسحاب من ${country} يشمل نحو ${r.int(100, 1100)} عسكري خلال أشهر`,
        ],
        place: 'نيامي',
      }
    }
    case 'algeria-france':
      return {
        kind,
        ...pairStory(
          r,
          v.ALGERIA_ACTORS.slice(2),
          v.FRANCE_ACTORS,
          ['ملف الذاكرة', 'التأشيرات', 'الاستثمار في الطاقة', 'التبادل الجامعي'],
          r.pick(v.ALGERIA_PLACES),
        ),
      }
    case 'us-morocco':
      return {
        kind,
        ...pairStory(
          r,
          v.MOROCCO_ACTORS,
          v.US_ACTORS.slice(1),
          ['مناورات الأسد الإفريقي', 'صفقة طائرات النقل', 'التعاون في الأمن البحري'],
          'الرباط',
        ),
      }
  }
}
