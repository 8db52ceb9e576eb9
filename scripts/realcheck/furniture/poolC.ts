/**
 * Pool C: a second set of `tune` wordings, written after pool A's were learnt, so tuning meets
 * shapes it was not first written against. Pool B (the `held` half) stays unread while tuning.
 */
import { LEVANT_MONTHS, MAGHREB_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_C: FurniturePool = {
  name: 'C',
  places: ['الرباط', 'طرابلس', 'المنامة', 'مسقط', 'الكويت', 'القدس', 'نواكشوط', 'أربيل', 'البصرة', 'وهران'],
  authors: ['طارق الحسيني', 'سلمى يوسف', 'عبد الرحمن الشمري', 'ليلى بن عمر', 'يوسف العتيبي', 'منى الجبوري'],
  datelines: [
    { render: (place, outlet) => `${place} - ${outlet}: `, withOutlet: true },
    { render: (place, outlet) => `${place}، (${outlet}) – `, withOutlet: true },
    { render: (place) => `${place} - `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}م`,
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day}/${d.month}/${d.year}`,
    (d) => `${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year}`,
  ],
  credits: [(o) => `${o} - وكالات`, (o) => `(${o}) - متابعات`, (o) => `إعداد: قسم الأخبار في ${o}`],
  disclaimers: [
    (o) => `الآراء الواردة في المقال تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي ${o}`,
    (o) => `جميع المقالات المنشورة في ${o} تعبر عن رأي كتابها فقط.`,
  ],
  authorBlocks: [(n) => `عن الكاتب: ${n}`, (n) => `${n} — كاتب وصحفي`],
  sourceLines: [(o) => `المصدر - ${o}`, (o) => `نقلاً عن: ${o}`],
  keywordHeaders: ['وسوم المقال:', 'الكلمات الدالة:'],
  readAlsoHeaders: ['اقرأ ايضاً', 'طالع أيضا:', 'شاهد كذلك:'],
  promos: [
    (o) => `تابعونا على صفحة ${o} الرسمية في فيسبوك`,
    (o) => `لمتابعة آخر الأخبار اشترك في قناة ${o} على يوتيوب`,
    (o) => `حمل تطبيق ${o} لأجهزة آيفون وأندرويد مجانا`,
    (o) => `انضم لقناتنا على تيليجرام - ${o}`,
  ],
  promoOutlets: ['الوطن', 'اليوم السابع', 'الغد', 'القبس', 'الأيام'],
  menus: [
    ['الصفحة الرئيسية', 'أخبار عاجلة', 'سياسة', 'اقتصاد', 'رياضة', 'فن', 'تكنولوجيا', 'صحة'],
    ['أخبار', 'تقارير', 'حوارات', 'مقالات', 'فيديو', 'إنفوجرافيك'],
    ['الرئيسية - العالم - الخليج - المال - الرياضة - المنوعات'],
  ],
  searchHelp: [
    ['البحث', 'ابحث هنا...'],
    ['اكتب ما تبحث عنه', 'بحث متقدم'],
  ],
  shareBars: [
    ['شارك هذا المقال', 'Facebook', 'Twitter', 'WhatsApp', 'Telegram'],
    ['انشر على فيسبوك', 'غرّد', 'انسخ الرابط'],
    ['طباعة', 'تكبير الخط', 'تصغير الخط'],
  ],
  stamps: [
    (d) => `تاريخ النشر: ${pad2(d.day)}-${pad2(d.month)}-${d.year} | 14:05`,
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year} 08:30 م`,
    (d) => `${d.year}-${pad2(d.month)}-${pad2(d.day)} 14:05:33`,
  ],
  updateStamps: [
    (d) => `تم التحديث: ${pad2(d.day)}-${pad2(d.month)}-${d.year} | 18:40`,
    (d) => `آخر تعديل ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية > ${s}`, (s) => `أنت هنا: الرئيسية › ${s}`],
  sections: ['عربي ودولي', 'تقارير وتحقيقات', 'أخبار محلية', 'شؤون خليجية', 'علوم وتكنولوجيا'],
  kickers: ['حصري', 'تقرير', 'فيديو', 'تحليل', 'خاص'],
  bylines: [(n) => `كتب: ${n}`, (n, o) => `${n} - ${o}`, (n) => `بواسطة ${n}`, (n) => `إعداد: ${n}`],
  relatedHeaders: ['اقرأ المزيد', 'أخبار متعلقة', 'قد يهمك أيضا'],
  commentPrompts: [
    ['اترك تعليقا', 'لن يتم نشر عنوان بريدك الإلكتروني', 'تعليقك', 'نشر التعليق'],
    ['عدد التعليقات 5', 'أضف تعليق'],
  ],
  captions: ['أرشيفية', 'صورة من الأرشيف - رويترز', 'مصدر الصورة: وكالات'],
  footers: [
    (o, y) => [`© ${y} ${o}. جميع الحقوق محفوظة`, 'اتصل بنا', 'شروط الاستخدام'],
    (o) => [`حقوق النشر محفوظة لـ ${o}`, 'الخصوصية | الشروط'],
  ],
  html: {
    navLabels: [
      ['الصفحة الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'صحة'],
      ['تقارير', 'حوارات', 'فيديو'],
    ],
    shareLabel: ['شارك هذا المقال', 'انشر'],
    relatedLabel: ['قد يهمك أيضا', 'أخبار متعلقة'],
    articleClass: ['entry-content', 'story-body'],
  },
}
