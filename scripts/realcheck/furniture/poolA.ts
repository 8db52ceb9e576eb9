/** Pool A: the furniture wordings of the `tune` half. */
import { EGYPT_MONTHS, LEVANT_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_A: FurniturePool = {
  name: 'A',
  places: [
    'بغداد',
    'القاهرة',
    'بيروت',
    'الرياض',
    'جدة',
    'عمان',
    'تونس',
    'الجزائر',
    'دمشق',
    'الدوحة',
    'صنعاء',
    'الخرطوم',
  ],
  authors: ['سامر الخطيب', 'هدى العبيدي', 'مراد بن صالح', 'ريم القحطاني', 'خالد المنصوري', 'نادية السويدي'],
  datelines: [
    { render: (place, outlet) => `${place}/${outlet}: `, withOutlet: true },
    { render: (place, outlet) => `${place} – ${outlet}: `, withOutlet: true },
    { render: (place, outlet) => `${place} (${outlet}) - `, withOutlet: true },
    { render: (place) => `${place}: `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${d.day} ${monthName(EGYPT_MONTHS, d)}، ${d.year}`,
    (d) => `${WEEKDAYS[d.weekday]} ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => `${pad2(d.day)}/${pad2(d.month)}/${d.year}`,
  ],
  credits: [(o) => `${o} – متابعة – وكالات`, (o) => `${o} – خاص`, (o) => `المحرر: فريق ${o}`],
  disclaimers: [
    (o) =>
      `النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر ${o}، والمصدر هو المسؤول عن المحتوى.`,
    (o) => `المقالات المنشورة تعبر عن آراء أصحابها ولا تعكس بالضرورة موقف ${o}.`,
  ],
  authorBlocks: [(n) => `About Post Author ${n}See author's posts`, (n) => `About Post Author ${n} See author's posts`],
  sourceLines: [(o) => `المصدر: ${o}`, (o) => `المصدر : ${o}`],
  keywordHeaders: ['كلمات دلالية:', 'كلمات مفتاحية:'],
  readAlsoHeaders: ['إقرأ أيضاً:', 'اقرأ أيضا:'],
  promos: [
    (o) => `حمّل تطبيق ${o} على هاتفك لتصلك آخر الأخبار أولا بأول`,
    (o) => `انضموا إلى قناة ${o} على تلغرام لمتابعة الأخبار العاجلة`,
    (o) => `تابعوا ${o} على واتساب ليصلكم كل جديد`,
    (o) => `إضغط هنا لتحميل تطبيق ${o} من متجر البلاي ستور`,
  ],
  promoOutlets: ['الشروق', 'السومرية نيوز', 'النهار', 'البيان', 'المسلة'],
  menus: [
    ['الرئيسية', 'محليات', 'دوليات', 'اقتصاد', 'رياضة', 'منوعات'],
    ['الرئيسية | أخبار | سياسة | اقتصاد | ثقافة | اتصل بنا'],
    ['القائمة', 'أخبار الوطن', 'العالم', 'المال والأعمال', 'الملاعب'],
  ],
  searchHelp: [
    ['ابحث في الموقع', 'اكتب كلمة البحث ثم اضغط على زر الإدخال'],
    ['بحث', 'أدخل كلمات البحث'],
  ],
  shareBars: [['شارك', 'فيسبوك', 'تويتر', 'واتساب'], ['مشاركة الخبر: فيسبوك | تويتر | تلغرام | طباعة']],
  stamps: [
    (d) => `${d.year} / ${d.month} / ${d.day} الساعة 09 : 44 ( مكة المكرمة )`,
    (d) => `نشر في: ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `${WEEKDAYS[d.weekday]} ${pad2(d.day)}/${pad2(d.month)}/${d.year} - 10:15 ص`,
  ],
  updateStamps: [(d) => `آخر تحديث: ${d.year} / ${d.month} / ${d.day} الساعة 11 : 20 ( مكة المكرمة )`],
  breadcrumbs: [(s) => `الرئيسية » ${s}`, (s) => `الرئيسية / أخبار / ${s}`],
  sections: ['محليات', 'اقتصاد', 'رياضة', 'دوليات', 'ثقافة وفنون'],
  kickers: ['عاجل', 'بالفيديو', 'بالصور'],
  bylines: [(n, o) => `${n} – ${o}`, (n) => `بقلم: ${n}`, (n, o) => `${o} - ${n}`],
  relatedHeaders: ['أخبار ذات صلة', 'مواضيع متعلقة'],
  commentPrompts: [
    ['أضف تعليقك', 'الاسم', 'البريد الإلكتروني', 'إرسال'],
    ['التعليقات (0)', 'كن أول من يعلق على الخبر'],
  ],
  captions: ['صورة أرشيفية', '(الصورة من الأرشيف)', 'صورة تعبيرية'],
  footers: [
    (o, y) => [`جميع الحقوق محفوظة © ${y} ${o}`, 'من نحن | اتصل بنا | سياسة الخصوصية'],
    (o) => [`© ${o}`, 'اشترك في النشرة البريدية'],
  ],
  html: {
    navLabels: [
      ['الرئيسية', 'محليات', 'دوليات', 'اقتصاد', 'رياضة'],
      ['أخبار', 'رأي', 'منوعات', 'فيديو'],
    ],
    shareLabel: ['شارك الخبر', 'مشاركة'],
    relatedLabel: ['أخبار ذات صلة', 'اقرأ أيضا'],
    articleClass: ['post-content', 'article-body'],
  },
}
