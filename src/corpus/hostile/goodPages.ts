/**
 * Good aggregator pages for the hostile corpus (and for large runs of the atomic-output test):
 * shaped like the seed page (docs/ingest.md) — title, two date lines, a dateline-led first paragraph,
 * paragraphs, credit, disclaimer, author block, source, keywords, a read-also article, an app
 * promo — but every sentence is our own, assembled from the small vocabulary below by a seeded
 * generator, so the same seed always writes the same bytes.
 */
import { Random } from '../synthetic/random.ts'

/** mulberry32: a tiny deterministic PRNG (the corpus must be byte-identical on every run). */
export function seededRandom(seed: number): () => number {
  const generator = new Random(seed)
  return () => generator.next()
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

const PLACES = ['بغداد', 'البصرة', 'أربيل', 'الجزائر', 'وهران', 'عنابة', 'الموصل', 'قسنطينة'] as const
const OUTLETS = ['المسلة', 'الصباح الجديد', 'النهار', 'الشروق', 'المدى'] as const
const AUTHORS = ['زين', 'سليم حداد', 'مريم العلي', 'كريم بن يوسف'] as const
const SUBJECTS = [
  'وزارة الخارجية',
  'اللجنة البرلمانية',
  'مجلس الوزراء',
  'وفد حكومي',
  'المتحدث باسم الحكومة',
  'خبراء في الشأن الأمني',
] as const
const VERBS = ['أعلنت', 'ناقشت', 'أكدت', 'بحثت', 'تابعت', 'استعرضت'] as const
const TOPICS = [
  'خطة مشتركة بين العراق والولايات المتحدة لتنظيم وجود القوات الأميركية',
  'تعاونا أمنيا بين الجزائر وقيادة أفريكوم في مجال التدريب',
  'مشروعا جديدا لتحسين شبكة النقل في العاصمة',
  'برنامجا لدعم المزارعين في المحافظات الجنوبية',
  'اتفاقا لتوسيع محطات الكهرباء قبل فصل الصيف',
  'مذكرة تفاهم بين الجزائر وواشنطن حول أمن الحدود',
] as const
const DETAILS = [
  'وأوضح المصدر أن الاجتماعات ستستمر خلال الأسابيع المقبلة لوضع جدول زمني واضح.',
  'وأشار البيان إلى أن اللجان الفنية قدمت تقارير مفصلة عن مراحل التنفيذ.',
  'ويرى مراقبون أن الخطوة تعكس رغبة الطرفين في تعزيز الثقة المتبادلة.',
  'ولفت المتحدث إلى أن التمويل سيأتي من الموازنة العامة للسنة القادمة.',
  'وتوقع خبراء أن تظهر النتائج الأولى قبل نهاية العام الحالي.',
  'ودعا نواب إلى نشر تفاصيل الاتفاق أمام الرأي العام.',
  'وقال مسؤول محلي إن السكان ينتظرون تحسنا ملموسا في الخدمات.',
] as const
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
const MONTHS_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const
const KEYWORDS = ['القوات الأمیرکیة', 'مهمة التحالف', 'أفريكوم', 'النقل العام', 'الكهرباء', 'الزراعة'] as const

function ordinal(day: number): string {
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th'
  return `${day}${suffix}`
}

/** One article's lines: title, then its paragraphs (the first led by `place/outlet:`). `n` keeps titles distinct. */
function articleLines(random: () => number, n: number, outlet: string): string[] {
  const subject = pick(random, SUBJECTS)
  const topic = pick(random, TOPICS)
  const title = `نقاش حول ${topic} لدى ${subject} في الجولة رقم ${n}`
  const first = `${pick(random, PLACES)}/${outlet}: ${pick(random, VERBS)} ${subject} اليوم ${topic}، في اجتماع هو الرقم ${n} من نوعه هذا العام.`
  const start = Math.floor(random() * DETAILS.length)
  const paragraphs = Array.from(
    { length: 2 + Math.floor(random() * 3) },
    (_, i) => DETAILS[(start + i) % DETAILS.length] ?? '',
  )
  return [title, first, ...paragraphs]
}

/** A whole aggregator page with one read-also article; deterministic in (seed, n). */
export function aggregatorPage(seed: number, n: number): string {
  const random = seededRandom(seed * 100_003 + n)
  const outlet = pick(random, OUTLETS)
  const [title = '', ...body] = articleLines(random, n, outlet)
  const day = 1 + Math.floor(random() * 28)
  const month = Math.floor(random() * 12)
  const year = 2019 + Math.floor(random() * 6)
  const promoOutlet = pick(random, OUTLETS)
  return [
    title,
    `تاريخ النشر: ${ordinal(day)}, ${MONTHS_EN[month]} ${year} GMT`,
    `${day} ${MONTHS_AR[month]}، ${year}`,
    ...body,
    `${outlet} – متابعة – وكالات`,
    `النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر ${outlet}، والمصدر هو المسؤول عن المحتوى.`,
    `About Post Author ${pick(random, AUTHORS)}See author's posts`,
    `المصدر: ${outlet}`,
    `كلمات دلالية: ${pick(random, KEYWORDS)} ${pick(random, KEYWORDS)}`,
    'إقرأ أيضاً:',
    ...articleLines(random, n + 500_000, promoOutlet),
    `إضغط على الصورة لتحميل تطبيق ${promoOutlet} للإطلاع على كل الآخبار على البلاي ستور`,
    '',
  ].join('\n')
}

/** A plain article without aggregator furniture: a title and paragraphs. */
export function plainArticle(seed: number, n: number): string {
  const random = seededRandom(seed * 7_919 + n)
  return `${articleLines(random, n, pick(random, OUTLETS)).join('\n')}\n`
}
