/** Made-up articles (own sentences) for the check's unit tests: no corpus is needed. */
import type { SourceArticle } from '../sources.ts'

const BASE: SourceArticle = {
  id: 'test:1',
  corpus: 'saudinewsnet',
  title: 'افتتاح مكتبة عامة جديدة في وسط المدينة القديمة',
  lead: [],
  leadGlued: '',
  paragraphs: [
    'افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب في مبنى تراثي مرمم وسط المدينة القديمة.',
    'وقال مدير المكتبة إن القاعات ستفتح أبوابها للقراء طوال أيام الأسبوع حتى ساعة متأخرة من المساء.',
    'وتضم المكتبة ركنا للأطفال وقاعة للمطالعة الهادئة ومعرضا دائما للمخطوطات النادرة.',
  ],
  trailer: [],
  trailerGlued: false,
  author: null,
  namedOutlet: null,
  date: '2016-03-14',
  rawTime: null,
  outlet: { name: 'صحيفة النهر', domain: 'nahr.example' },
  url: 'https://nahr.example/news/1',
}

const OTHERS: ReadonlyArray<Pick<SourceArticle, 'title' | 'paragraphs'>> = [
  {
    title: 'موسم قطف الزيتون يبدأ مبكرا في القرى الجبلية',
    paragraphs: [
      'بدأ المزارعون في القرى الجبلية قطف الزيتون قبل موعده المعتاد بأسبوعين بسبب الحر.',
      'ويتوقع المزارعون محصولا أوفر من العام الماضي رغم قلة الأمطار.',
    ],
  },
  {
    title: 'فريق المدرسة يفوز ببطولة الشطرنج الإقليمية للناشئين',
    paragraphs: [
      'فاز فريق المدرسة الثانوية ببطولة الشطرنج الإقليمية للناشئين بعد مباراة نهائية طويلة.',
      'وأهدى المدرب الفوز إلى أولياء الأمور الذين رافقوا الفريق في كل الجولات.',
      'وسيمثل الفريق المنطقة في البطولة الوطنية الشهر المقبل.',
    ],
  },
  {
    title: 'إعادة فتح الجسر المعلق بعد أعمال صيانة استمرت شهرين',
    paragraphs: [
      'أعيد فتح الجسر المعلق أمام السيارات بعد أعمال صيانة استمرت شهرين كاملين.',
      'وأكدت مديرية الطرق أن الجسر صار قادرا على تحمل حركة أثقل من قبل.',
    ],
  },
]

/** An endless supply of made-up articles, as a page builder's `take`. */
export function testArticles(): () => SourceArticle {
  let next = 0
  return () => {
    const n = next++
    if (n === 0) return BASE
    const other = OTHERS[(n - 1) % OTHERS.length] ?? OTHERS[0]
    return { ...BASE, ...other, id: `test:${n + 1}` } as SourceArticle
  }
}
