/**
 * Pool E: a fourth set of `tune` wordings (Iraqi, Sudanese, Yemeni and Egyptian sites' habits),
 * written after pool D's were learnt and measured alone before any tuning on it (docs/ingest.md,
 * "Real pages"). Pool B (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, ENGLISH_MONTHS, LEVANT_MONTHS, WEEKDAYS, indicDigits, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_E: FurniturePool = {
  name: 'E',
  places: ['البصرة', 'أربيل', 'الخرطوم', 'عدن', 'تعز', 'أسيوط', 'بورتسودان', 'كربلاء', 'المكلا', 'طنطا'],
  authors: ['حيدر الساعدي', 'منى عبد الرحيم', 'صلاح الدين بابكر', 'أروى الحميري', 'محمود عبد العال', 'رغد الجبوري'],
  datelines: [
    { render: (place, outlet) => `${place}/ ${outlet}/ `, withOutlet: true },
    { render: (place, outlet) => `${outlet} | ${place} | `, withOutlet: true },
    { render: (place) => `${place}: `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => indicDigits(`${d.day} / ${d.month} / ${d.year}`),
    (d) => `${d.day} ${monthName(EGYPT_MONTHS, d)}، ${d.year}`,
  ],
  credits: [(o) => `متابعة: ${o}`, (o) => `${o} – خاص`, (o) => `تحرير ${o}`],
  disclaimers: [
    (o) => `الآراء الواردة في المقال لا تعبر بالضرورة عن رأي ${o}`,
    (o) => `جميع المقالات المنشورة تمثل وجهة نظر كتابها ولا تتحمل ${o} أي مسؤولية عنها`,
  ],
  authorBlocks: [(n) => `الكاتب ${n} صحفي ومحلل سياسي`, (n) => `${n} - كاتب وباحث`],
  sourceLines: [(o) => `نقلاً عن ${o}`, (o) => `المصدر : ${o}`],
  keywordHeaders: ['الكلمات المفتاحية', 'كلمات دالة:'],
  readAlsoHeaders: ['اقرأ ايضاً', 'طالع أيضاً:'],
  promos: [
    (o) => `للاشتراك في قناة ${o} على واتساب اضغط هنا`,
    (o) => `تابع ${o} على تويتر`,
    (o) => `نزّل تطبيق ${o} لأجهزة أندرويد وآيفون`,
    (o) => `انضم لمجموعة ${o} على التلغرام`,
  ],
  promoOutlets: ['المدى', 'السوداني', 'عدن الغد', 'الوطن', 'الزمان'],
  menus: [
    ['الرئيسية', 'سياسة', 'اقتصاد', 'محليات', 'عربي ودولي', 'منوعات', 'رياضة'],
    ['أخبار السودان', 'تقارير', 'حوارات', 'أعمدة', 'كاريكاتير'],
    ['Home', 'عراقيات', 'برلمان', 'أمن', 'مقالات'],
  ],
  searchHelp: [
    ['البحث في الموقع', 'بحث'],
    ['اكتب ما تريد البحث عنه ثم اضغط إدخال', 'بحث متقدم'],
  ],
  shareBars: [
    ['مشاركة', 'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام'],
    ['نسخ الرابط', 'طباعة الخبر'],
    ['Facebook Twitter WhatsApp Telegram'],
  ],
  stamps: [
    (d) => `تاريخ النشر: ${d.year}-${pad2(d.month)}-${pad2(d.day)}`,
    (d) => `${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year} - 3:22 م`,
    (d) => `${monthName(ENGLISH_MONTHS, d)} ${d.day}, ${d.year} 11:05 am`,
  ],
  updateStamps: [
    (d) => `آخر تعديل: ${d.year}-${pad2(d.month)}-${pad2(d.day)}`,
    (d) => `تم التحديث ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية » ${s}`, (s) => `أنت هنا: الرئيسية > ${s}`],
  sections: ['محليات', 'عراقيات', 'تقارير', 'عربي ودولي', 'اقتصاد'],
  kickers: ['خاص', 'تقرير', 'متابعة', 'فيديو'],
  bylines: [(n) => `كتب: ${n}`, (n, o) => `${n} - ${o}`, (n) => `إعداد: ${n}`],
  relatedHeaders: ['أخبار ذات صلة', 'اقرأ المزيد', 'المزيد من الأخبار'],
  commentPrompts: [
    ['أضف تعليق', 'الاسم', 'البريد الالكتروني', 'إرسال التعليق'],
    ['التعليقات', 'لا توجد تعليقات بعد'],
  ],
  captions: ['(أرشيفية)', 'صورة من الموقع', 'صورة متداولة'],
  footers: [(o, y) => [`حقوق النشر © ${y} ${o}`, 'اتصل بنا', 'سياسة الخصوصية'], (o) => [`${o} - جميع الحقوق محفوظة`]],
  html: {
    navLabels: [
      ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة'],
      ['سياسة', 'تقارير', 'منوعات'],
    ],
    shareLabel: ['مشاركة', 'شارك الخبر'],
    relatedLabel: ['أخبار ذات صلة', 'اقرأ المزيد'],
    articleClass: ['entry-content', 'news-body'],
  },
}
