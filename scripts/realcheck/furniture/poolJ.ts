/**
 * Pool J: a ninth set of `tune` wordings (Egyptian, Jordanian, Mauritanian, Omani and Lebanese
 * sites' habits), written after pool I's were learnt and measured alone before any tuning on it.
 * Pool B (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, LEVANT_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_J: FurniturePool = {
  name: 'J',
  places: ['المنصورة', 'الزرقاء', 'نواذيبو', 'صحار', 'زحلة', 'إربد', 'طنطا', 'صلالة', 'بعلبك', 'أطار'],
  authors: ['المختار ولد أحمد', 'رنا الفاعوري', 'سعيد بن خلفان', 'ميرا نصر الله', 'عمرو سليمان', 'دعاء عبد الفتاح'],
  datelines: [
    { render: (place, outlet) => `${place} – ${outlet} – `, withOutlet: true },
    { render: (place, outlet) => `${place} / ${outlet} : `, withOutlet: true },
    { render: (place, outlet) => `(${outlet}) – ${place}: `, withOutlet: true },
    { render: (place) => `${place}: `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]} ${d.day}/${d.month}/${d.year}`,
    (d) => `${d.day} من ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `بتاريخ ${pad2(d.day)}-${pad2(d.month)}-${d.year}`,
  ],
  credits: [(o) => `${o} | خاص`, (o) => `تغطية: ${o}`, (o) => `(${o} - وكالات)`],
  disclaimers: [
    (o) => `${o} تخلي مسؤوليتها عن محتوى هذا المقال`,
    () => `هذا المقال يمثل رأي صاحبه`,
    (o) => `ما ورد في هذا المقال لا يعكس بالضرورة وجهة نظر ${o}`,
  ],
  authorBlocks: [
    (n) => `بقلم / ${n}`,
    (n) => `كتبه: ${n}`,
    (n) => `الكاتبة/ ${n} - مستشارة تربوية`,
    (n) => `${n} – كاتبة وروائية أردنية`,
  ],
  sourceLines: [(o) => `المصدر الأصلي: ${o}`, (o) => `حقوق النشر: ${o}`, (o) => `بالتعاون مع ${o}`],
  keywordHeaders: ['الموسوم ب:', 'كلمات البحث:'],
  readAlsoHeaders: ['إقرأ المزيد:', 'مقالات قد تهمك', 'أخبار أخرى:'],
  promos: [
    (o) => `ليصلك كل جديد تابع صفحة ${o} على فيسبوك`,
    (o) => `تابعونا على قناة ${o} في واتساب`,
    (o) => `اشتركوا في نشرة ${o} اليومية`,
    (o) => `حمّل الآن تطبيق ${o} مجاناً`,
  ],
  promoOutlets: ['الغد', 'عمون', 'الوسط', 'أثير', 'الأخبار', 'مصراوي'],
  menus: [
    ['الرئيسية', 'محافظات', 'حوادث وقضايا', 'أسواق', 'رياضة', 'منوعات', 'مقالات'],
    ['الأردن', 'موريتانيا', 'عُمان', 'لبنان', 'مصر'],
    ['آخر الأخبار', 'فيديوهات', 'كاريكاتير'],
  ],
  searchHelp: [
    ['ابحث في الموقع', 'ابدأ البحث'],
    ['كلمات البحث', 'بحث متقدم'],
  ],
  shareBars: [
    ['شاركها', 'فيسبوك', 'تويتر', 'واتساب'],
    ['حفظ', 'طباعة الخبر', 'إرسال لصديق'],
    ['Share', 'Tweet', 'WhatsApp'],
  ],
  stamps: [
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year} 08:15 ص`,
    (d) => `${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => `بتاريخ ${pad2(d.day)}/${pad2(d.month)}/${d.year}`,
  ],
  updateStamps: [
    (d) => `حُدّث في ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `آخر تحديث ${pad2(d.day)}-${pad2(d.month)}-${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية ‹ ${s}`, (s) => `الرئيسية » ${s} » الخبر`],
  sections: ['محافظات', 'حوادث وقضايا', 'أسواق', 'مقالات', 'لبنان'],
  kickers: ['متابعات', 'بالصور', 'قضايا', 'رأي'],
  bylines: [(n) => `بقلم / ${n}`, (n, o) => `${n} – ${o}`, (n) => `كتبه: ${n}`],
  relatedHeaders: ['أخبار أخرى', 'مقالات قد تهمك', 'الأكثر تداولاً'],
  commentPrompts: [['علّق على الخبر', 'الاسم', 'نص التعليق', 'إرسال'], ['عدد التعليقات 0']],
  captions: ['صورة من الأرشيف', 'الصورة: أرشيف', 'صورة توضيحية', 'تصوير: مراسلنا'],
  footers: [(o, y) => [`${o} ${y} ©`, 'عن الموقع', 'اتصل بنا'], (o) => [`حقوق الطبع والنشر محفوظة لـ${o}`]],
  html: {
    navLabels: [
      ['الرئيسية', 'محافظات', 'أسواق'],
      ['الأردن', 'لبنان', 'مقالات'],
    ],
    shareLabel: ['شاركها', 'طباعة الخبر'],
    relatedLabel: ['أخبار أخرى', 'الأكثر تداولاً'],
    articleClass: ['post-content', 'story-text'],
  },
}
