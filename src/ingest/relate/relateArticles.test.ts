import { describe, expect, it } from 'vitest'
import { tokenize } from '@/core/arabic/tokenize.ts'
import { packFeatures } from '../analyse/articleAnalysis.ts'
import { relateArticles, type RelateInput } from './relateArticles.ts'

function input(
  id: string,
  outlet: string,
  publishedAt: string,
  title: string,
  body: string,
  keywords: string[] = [],
): RelateInput {
  return {
    id,
    outlet,
    publishedAt,
    readAlso: new Set(),
    features: packFeatures({
      titleTokens: tokenize(title),
      bodyTokens: tokenize(body),
      keywords,
      names: [],
      topics: [],
    }),
  }
}

const BRIDGE_REWRITE =
  'فتح الجسر الجديد فوق وادي حنيفة أمام السيارات بعد افتتاحه رسميا، ويبلغ طوله 420 مترا وكلفته 96 مليون ريال، ويصل حي الملقا بحي العليا ويخفف الزحام على الدائري الشمالي.'

const BRIDGE = [
  input(
    'a1',
    'النهار',
    '2024-03-01',
    'افتتاح جسر الملك فهد الجديد فوق وادي حنيفة',
    'افتتح أمير المنطقة جسرا جديدا فوق وادي حنيفة بطول 420 مترا وبكلفة 96 مليون ريال، ويربط الجسر حي العليا بحي الملقا ويخفف الزحام عن الطريق الدائري الشمالي.',
  ),
  input(
    'a2',
    'الصباح',
    '2024-03-02',
    'جسر وادي حنيفة يفتح أبوابه للسيارات',
    'فتح الجسر الجديد فوق وادي حنيفة أمام السيارات بعد افتتاحه رسميا، ويبلغ طوله 420 مترا وكلفته 96 مليون ريال، ويصل حي الملقا بحي العليا ويخفف الزحام على الدائري الشمالي.',
  ),
  input(
    'a3',
    'المساء',
    '2024-03-01',
    'أمير المنطقة يدشن جسر وادي حنيفة',
    'دشن أمير المنطقة جسر وادي حنيفة الذي يمتد 420 مترا بين حي العليا وحي الملقا، بكلفة بلغت 96 مليون ريال، أملا في تخفيف الزحام على الطريق الدائري الشمالي.',
  ),
]
const OTHER = [
  input(
    'b1',
    'النهار',
    '2024-03-01',
    'ارتفاع أسعار التمور في موسم الحصاد',
    'شهدت أسواق التمور ارتفاعا في الأسعار مع بداية موسم الحصاد بسبب قلة المعروض من نخيل القصيم وزيادة الطلب على التصدير إلى دول الخليج.',
  ),
  input(
    'b2',
    'الصباح',
    '2024-03-05',
    'مهرجان الكتاب يستقبل زواره في جدة',
    'استقبل مهرجان الكتاب في جدة آلاف الزوار في يومه الأول، وشاركت فيه دور نشر من عشرين بلدا، وتضمن ندوات شعرية وورش كتابة للأطفال.',
  ),
]

describe('relateArticles', () => {
  it('groups reports of one event by three outlets, in other words, as one story', () => {
    const relations = relateArticles([...BRIDGE, ...OTHER])
    expect(relations.storyOf.get('a1')).toBe('a1')
    expect(relations.storyOf.get('a2')).toBe('a1')
    expect(relations.storyOf.get('a3')).toBe('a1')
    expect(relations.stories.get('a1')).toEqual(['a1', 'a3', 'a2'])
    expect(relations.storyOf.has('b1')).toBe(false)
    expect(
      relations.sameStory
        .get('a2')
        ?.map((l) => l.id)
        .sort(),
    ).toEqual(['a1', 'a3'])
  })

  it('keeps the same words a week apart out of the story', () => {
    const late = input('a9', 'الصباح', '2024-03-12', 'جسر وادي حنيفة يفتح أبوابه للسيارات', BRIDGE_REWRITE)
    const relations = relateArticles([...BRIDGE, late])
    expect(relations.storyOf.get('a9')).toBeUndefined()
  })

  it('gives an article with no story and no subject in common its outlet neighbours', () => {
    const relations = relateArticles([...BRIDGE, ...OTHER])
    expect(relations.similar.get('b2') ?? []).toEqual([])
    expect(relations.outletNext.get('b2')).toEqual(['a2'])
    expect(relations.outletNext.has('a1')).toBe(false)
  })

  it('does not relate pages by their outlet furniture', () => {
    const signOff = 'تابعوا آخر الأخبار على موقع صحيفة الواحة الإلكترونية'
    const pages = Array.from({ length: 24 }, (_, i) =>
      input(
        `f${String(i).padStart(2, '0')}`,
        'الواحة',
        `2024-04-${String(1 + (i % 20)).padStart(2, '0')}`,
        `خبر رقم ${i}`,
        `نص خاص بالصفحة ${i} ${signOff}`,
        ['الواحة اليوم'],
      ),
    )
    const relations = relateArticles(pages)
    expect([...relations.similar.values()].flat()).toEqual([])
    expect(relations.stories.size).toBe(0)
  })
})

describe('related coverage', () => {
  it('needs a shared name, keyword or number, not common words and a topic alone', () => {
    const mk = (id: string, day: string, body: string, keywords: string[] = []): RelateInput => ({
      id,
      outlet: id.startsWith('x') ? 'النهار' : 'الصباح',
      publishedAt: day,
      readAlso: new Set(),
      features: packFeatures({ titleTokens: [], bodyTokens: tokenize(body), keywords, names: [], topics: ['economy'] }),
    })
    const common =
      'قال المسؤولون إن العمل مستمر في المشروع وإن النتائج ستعلن خلال الأيام المقبلة بعد اكتمال الدراسات اللازمة'
    const pages = [
      mk('x1', '2024-05-01', `${common} في مشروع المياه`),
      mk('y1', '2024-05-06', `${common} في مشروع الكهرباء`),
      mk('x2', '2024-05-01', `${common} ضمن خطة 4417 للمياه`, ['سد الوادي']),
      mk('y2', '2024-05-06', `${common} ضمن خطة 4417 للكهرباء`, ['سد الوادي']),
    ]
    const tuning = { minScore: 0.05, needsAnchor: true, anchorMaxShare: 0.5 }
    const similarOf = (id: string, relations = relateArticles(pages, tuning)) =>
      (relations.similar.get(id) ?? []).map((l) => l.id)
    expect(similarOf('x1')).not.toContain('y1')
    expect(similarOf('x2')).toContain('y2')
    // Without the anchor, the shared topic alone would have linked them.
    expect(similarOf('x1', relateArticles(pages, { ...tuning, needsAnchor: false }))).toContain('y1')
  })
})
