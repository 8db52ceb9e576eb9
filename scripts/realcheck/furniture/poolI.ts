/**
 * Pool I: an eighth set of `tune` wordings (Kuwaiti, Qatari, Syrian, Tunisian and Algerian sites'
 * habits), written after pool H's were learnt and measured alone before any tuning on it. Pool B
 * (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_I: FurniturePool = {
  name: 'I',
  places: ['الكويت', 'حلب', 'اللاذقية', 'صفاقس', 'سوسة', 'قسنطينة', 'تلمسان', 'الجهراء', 'الوكرة', 'إدلب'],
  // Names may open with the article (الطاهر, الهادي): Maghreb names often do.
  authors: ['فاطمة الزهراء بوعلام', 'جاسم الصقر', 'الطاهر بن علي', 'هالة بن سالم', 'عيسى البنعلي', 'الهادي نويرة'],
  datelines: [
    { render: (place, outlet) => `${place} – «${outlet}»: `, withOutlet: true },
    { render: (place, outlet) => `${outlet} ـ ${place}: `, withOutlet: true },
    { render: (place, outlet) => `${place} - مراسل ${outlet}: `, withOutlet: true },
    { render: (place) => `${place} ــ `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day} ${monthName(LEVANT_MONTHS, d)}/${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `${d.year}-${pad2(d.month)}-${pad2(d.day)} 10:45:12`,
    (d) => `${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year} على الساعة 14:30`,
  ],
  credits: [(o) => `وحدة الرصد - ${o}`, (o) => `ترجمة: ${o}`, (o) => `محرر ${o} الاقتصادي`],
  disclaimers: [
    (o) => `ما يُنشر في هذه الزاوية لا يعبّر بالضرورة عن توجهات ${o}`,
    (o) => `إخلاء مسؤولية: ${o} غير مسؤول عن محتوى مقالات الرأي`,
    () => `الآراء المنشورة تمثل أصحابها`,
  ],
  authorBlocks: [
    (n) => `بقلم: د. ${n}`,
    (n) => `${n} - صحفية متخصصة في الشؤون الاقتصادية`,
    (n) => `رصد وتحرير: ${n}`,
    (n) => `عن الكاتب: ${n}، باحث في العلاقات الدولية`,
  ],
  sourceLines: [(o) => `المصدر | ${o}`, (o) => `الخبر منشور أصلاً على موقع ${o}`, (o) => `* نقلا عن صحيفة ${o}`],
  keywordHeaders: ['تاغات:', 'الكلمات المفتاحية :', '#وسوم'],
  readAlsoHeaders: ['اقرأ كذلك:', 'لا تفوّت:', 'قد يهمك أيضاً'],
  promos: [
    (o) => `تابعوا ${o} على إنستغرام`,
    (o) => `اشترك الآن في قناة ${o} على يوتيوب`,
    (o) => `للتواصل مع ${o} عبر الواتساب: 0096522220000`,
    (o) => `🔔 فعّل الإشعارات ليصلك كل جديد ${o}`,
  ],
  promoOutlets: ['القبس', 'الأيام', 'الراية', 'عنب بلدي', 'الصباح', 'الشروق أونلاين'],
  menus: [
    ['الرئيسية', 'محليات', 'برلمان', 'اقتصاد', 'دوليات', 'رياضة', 'كتاب وآراء'],
    ['سوريا', 'تونس', 'الجزائر', 'ملفات', 'إنفوغراف'],
    ['أخبار', 'فيديو', 'صور', 'بودكاست'],
  ],
  searchHelp: [
    ['أدخل كلمة للبحث', 'بحث'],
    ['البحث المتقدم', 'إلغاء'],
  ],
  shareBars: [
    ['شارك على', 'فيسبوك', 'تويتر', 'تلغرام', 'ماسنجر'],
    ['طباعة', 'تكبير الخط', 'تصغير الخط'],
    ['مشاركة الخبر'],
  ],
  stamps: [
    (d) => `نُشر في: ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year} - 09:12 م`,
    (d) => `${d.year}/${pad2(d.month)}/${pad2(d.day)} 14:05`,
    (d) => `${WEEKDAYS[d.weekday]} ${pad2(d.day)}/${pad2(d.month)}/${d.year} على الساعة 10:30`,
  ],
  updateStamps: [
    (d) => `محدث: ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `آخر تحديث: ${d.year}-${pad2(d.month)}-${pad2(d.day)}`,
  ],
  breadcrumbs: [(s) => `الرئيسية / ${s}`, (s) => `الصفحة الرئيسية - ${s}`],
  sections: ['محليات', 'دوليات', 'سوريا', 'تونس', 'الجزائر'],
  kickers: ['عاجل', 'حصري', 'تحليل', 'إنفوغراف'],
  bylines: [(n) => `بقلم: ${n}`, (n, o) => `${o} - ${n}`, (n) => `إعداد: ${n}`],
  relatedHeaders: ['اقرأ أيضاً في هذا القسم', 'أخبار متعلقة', 'الأكثر مشاهدة'],
  commentPrompts: [
    ['أضف تعليقك', 'الاسم', 'التعليق', 'أرسل التعليق'],
    ['التعليقات (0)', 'كن أول من يعلق'],
  ],
  captions: ['صورة أرشيفية', '(الصورة: وكالات)', 'من المصدر', 'تصوير: أحمد علي'],
  footers: [
    (o, y) => [`جميع الحقوق محفوظة © ${y} ${o}`, 'من نحن', 'أعلن معنا'],
    (o) => [`${o} - كل الحقوق محفوظة`, 'سياسة الخصوصية'],
  ],
  html: {
    navLabels: [
      ['الرئيسية', 'محليات', 'دوليات'],
      ['سوريا', 'تونس', 'ملفات'],
    ],
    shareLabel: ['شارك على', 'طباعة'],
    relatedLabel: ['أخبار متعلقة', 'الأكثر مشاهدة'],
    articleClass: ['article-text', 'td-post-content'],
  },
}
