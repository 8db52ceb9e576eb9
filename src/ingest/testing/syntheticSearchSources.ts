/**
 * Synthetic articles for testing and measuring the search index at scale, made from this file's
 * own word lists (no third-party text): common words drawn with a Zipf-like skew, and invented
 * names (syllables) for the long tail of rare terms a real corpus has.
 */
import type { SearchSource } from '../search/searchIndex.ts'
import { Random } from '@/corpus/synthetic/random.ts'

const COMMON = (
  'الحكومة الوزير الرئيس البرلمان المدينة الاقتصاد السوق الشركة المشروع الطريق المدرسة الجامعة المستشفى الطلاب ' +
  'المعلمون الأطباء المواطنين السكان المزارعين الموسم المطر الماء الكهرباء النفط الغاز الميناء المطار القطار ' +
  'الحافلة السيارات الأسعار الرواتب الضرائب الميزانية القانون المحكمة القاضي الشرطة الأمن الجيش الحدود الاتفاق ' +
  'المفاوضات الزيارة الاجتماع المؤتمر اللجنة التقرير الدراسة البيانات الأرقام النسبة الزيادة الانخفاض النمو ' +
  'التجارة الصادرات الواردات الاستثمار البنك العملة الدولار التضخم البطالة العمال المصانع الزراعة القمح الخبز ' +
  'السياحة الفنادق الشاطئ الصيف الشتاء الربيع الخريف الثقافة المسرح الكتاب المعرض الفيلم الموسيقى الرياضة ' +
  'المباراة الفريق الملعب البطولة الصحة الدواء اللقاح التعليم المنهج الامتحان الشباب النساء الأطفال الأسر ' +
  'قال أعلن أكد أشار أوضح أضاف كشف ذكر بحث ناقش وافق رفض طالب دعا قرر افتتح زار استقبل وقع نفذ بدأ أنهى ' +
  'جديد كبير صغير سريع بطيء مهم عاجل رسمي محلي دولي عربي إقليمي وطني شعبي عام خاص أول أخير ' +
  'في من إلى على عن مع بعد قبل خلال بين حول منذ حتى أمس اليوم غدا هذا هذه الذي التي كان يكون'
).split(' ')

const SYLLABLES = 'با تو ري سا مي نو كا دي لا فو زه جا حي شا طو عا قو ما نا ها يو ور سل كر بر'.split(' ')
const PLACES = ['بغداد', 'الجزائر', 'تونس', 'عمان', 'الرباط', 'القاهرة', 'بيروت', 'دمشق', 'الرياض', 'الدوحة']
const OUTLETS = ['صحيفة النهار', 'المسلة', 'الصباح', 'الوطن', 'الشروق', 'الأيام']

/** A small seeded generator (mulberry32), so every run writes the same corpus. */
function random(seed: number): () => number {
  const generator = new Random(seed)
  return () => generator.next()
}

function inventedName(i: number): string {
  let name = ''
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) name += SYLLABLES[n % SYLLABLES.length]
  return name
}

export function syntheticArticles(count: number, seed = 1): SearchSource[] {
  const next = random(seed)
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 2.5)] as T
  const nameCount = Math.max(200, count * 3)
  const name = () => inventedName(Math.floor(nameCount * next() ** 4))
  const sentence = (words: number) =>
    Array.from({ length: words }, () => (next() < 0.08 ? name() : skewed(COMMON))).join(' ')
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 3 + Math.floor(next() * 5) }, () => `${sentence(25 + Math.floor(next() * 30))}.`)
    const year = 2019 + Math.floor(next() * 7)
    const day = 1 + Math.floor(next() * 28)
    return {
      id: `synthetic-${i}`,
      title: `${sentence(6)} ${name()}`,
      publishedAt:
        next() < 0.05
          ? null
          : `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      outlet: next() < 0.2 ? null : skewed(OUTLETS),
      excerpt: body[0]?.slice(0, 160) ?? '',
      topics: [],
      readingMinutes: 1 + Math.floor(next() * 6),
      body,
      keywords: [sentence(2), name()],
      dateline: next() < 0.5 ? skewed(PLACES) : null,
      author: null,
    }
  })
}
