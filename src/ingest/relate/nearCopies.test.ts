import { describe, expect, it } from 'vitest'
import { foldNearCopies } from './foldCopies.ts'
import { nearCopies, sketch, sketchJaccard } from './nearCopies.ts'

const WIRE = [
  'أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدد من مناطق المملكة، وأوضحت الوزارة في بيانها أن الفرق الميدانية تتابع المخالطين وتجري الفحوص اللازمة لهم في المستشفيات المعتمدة.',
  'ودعت الوزارة المواطنين والمقيمين إلى الالتزام بالإجراءات الوقائية وغسل اليدين والابتعاد عن الأماكن المزدحمة، مؤكدة أن الوضع تحت السيطرة وأن المستشفيات جاهزة لاستقبال الحالات.',
  'وأشارت إلى أن عدد الحالات التي تماثلت للشفاء بلغ أربعين حالة خلال الأسبوع الماضي، وأن الحالات المتبقية تتلقى الرعاية الطبية اللازمة في غرف العزل.',
]
const OTHER = [
  'افتتح أمير المنطقة جسرا جديدا فوق وادي حنيفة بطول أربعمئة متر وبكلفة كبيرة، ويربط الجسر حي العليا بحي الملقا ويخفف الزحام عن الطريق الدائري الشمالي في ساعات الذروة.',
  'وقال المسؤولون إن العمل في الجسر استمر عامين، وإن مشروعات أخرى للطرق ستفتتح خلال الأشهر المقبلة في شمال المدينة وشرقها لتخفيف الازدحام المروري.',
]

const copy = (
  id: string,
  outlet: string | null,
  publishedAt: string,
  body: readonly string[],
  readAlso: string[] = [],
) => ({
  id,
  readAlso,
  article: { title: `عنوان ${id}`, outlet, publishedAt, body },
})

describe('nearCopies', () => {
  it('estimates the overlap of two bodies from their sketches', () => {
    const a = sketch(WIRE)
    const b = sketch([...WIRE.slice(0, 2), `${WIRE[2] ?? ''} واس`])
    const c = sketch(OTHER)
    if (!a || !b || !c) throw new Error('the bodies are long enough to sketch')
    expect(sketchJaccard(a, a)).toBe(1)
    expect(sketchJaccard(a, b)).toBeGreaterThan(0.8)
    expect(sketchJaccard(a, c)).toBeLessThan(0.1)
    expect(sketch(['خبر قصير جدا'])).toBeNull()
  })

  it('folds one wire text from three outlets into the earliest, every outlet kept', () => {
    const folded = foldNearCopies([
      copy('w2', 'الصباح', '2024-03-02', [...WIRE, 'المصدر: واس']),
      copy('w1', 'النهار', '2024-03-01', WIRE),
      copy('w3', 'المساء', '2024-03-02', WIRE.slice(0, 3)),
      copy('o1', 'النهار', '2024-03-01', OTHER, ['w3']),
    ])
    expect(folded.articles.map((a) => a.id)).toEqual(['w1', 'o1'])
    expect(folded.copiesOf('w1').map((c) => c.outlet)).toEqual(['الصباح', 'المساء'])
    expect(folded.articles.find((a) => a.id === 'o1')?.readAlso).toEqual(['w1'])
    expect(folded.folded).toBe(2)
  })

  it('keeps an outlet’s own pages, and copies far apart in time, apart', () => {
    const groups = nearCopies([
      { id: 'a', outlet: 'النهار', publishedAt: '2024-03-01', body: WIRE },
      { id: 'b', outlet: 'النهار', publishedAt: '2024-03-01', body: WIRE },
      { id: 'c', outlet: 'الصباح', publishedAt: '2024-04-01', body: WIRE },
    ])
    expect(groups.keptAs.size).toBe(0)
  })
})
