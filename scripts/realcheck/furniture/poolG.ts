/**
 * Pool G: a sixth set of `tune` wordings (Egyptian, Sudanese, Iraqi, Yemeni, Mauritanian and
 * Emirati sites' habits), written after pool F's were learnt and measured alone before any tuning
 * on it. Pool B (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, LEVANT_MONTHS, WEEKDAYS, indicDigits, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_G: FurniturePool = {
  name: 'G',
  places: ['الإسكندرية', 'أم درمان', 'السليمانية', 'تعز', 'نواكشوط', 'العين', 'أسوان', 'كسلا', 'الحديدة', 'النجف'],
  authors: ['محمود عبد الحليم', 'آمنة الطيب', 'سيف الدين الجبوري', 'بلقيس العريقي', 'أحمد ولد محمد', 'شيماء فوزي'],
  datelines: [
    { render: (place, outlet) => `${place} ـ ${outlet}: `, withOutlet: true },
    { render: (place, outlet) => `(${outlet}) ${place} - `, withOutlet: true },
    { render: (place) => `${place}- `, withOutlet: false },
    { render: (place) => `من ${place}: `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year} - 02:15 م`,
    (d) => indicDigits(`${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`),
    (d) => `${pad2(d.day)}.${pad2(d.month)}.${d.year}`,
    (d) => `${d.year}/${pad2(d.month)}/${pad2(d.day)} | ${monthName(LEVANT_MONTHS, d)}`,
  ],
  credits: [(o) => `خدمة ${o} الإخبارية`, (o) => `إعداد: فريق ${o}`, (o) => `(${o})`],
  disclaimers: [
    (o) => `المقالات المنشورة تعبر عن آراء كتابها ولا تمثل بالضرورة رأي ${o}`,
    (o) => `جميع الآراء الواردة تخصّ أصحابها ولا تعبّر عن سياسة ${o} التحريرية`,
  ],
  authorBlocks: [(n) => `الكاتب: ${n}`, (n) => `* ${n} كاتب وصحفي`, (n) => `✍️ ${n}`],
  sourceLines: [(o) => `المصدر: موقع ${o}`, (o) => `نقلاً عن ${o}`, (o) => `للمزيد زوروا موقع ${o}`],
  keywordHeaders: ['الكلمات الدالة:', 'وسوم:'],
  readAlsoHeaders: ['طالع أيضا:', 'شاهد أيضاً', 'ذات صلة:'],
  promos: [
    (o) => `تابعونا على صفحة ${o} في فيسبوك`,
    (o) => `لمتابعة آخر الأخبار اشترك في خدمة ${o} على واتساب`,
    (o) => `حمّلوا تطبيق ${o} من متجر جوجل بلاي وآب ستور`,
    (o) => `انضم لقناتنا على تيليجرام: ${o}`,
    (o) => `تابع آخر الأخبار عبر حساب ${o} على منصة إكس`,
  ],
  promoOutlets: ['المصري اليوم', 'باج نيوز', 'شفق نيوز', 'المشهد اليمني', 'صحراء ميديا'],
  menus: [
    ['الرئيسية', 'أخبار مصر', 'حوادث', 'اقتصاد وبورصة', 'فن', 'رياضة', 'فيديو'],
    ['السودان', 'العراق', 'اليمن', 'تقارير', 'مقالات', 'اتصل بنا'],
    ['الإمارات', 'العالم', 'منوعات', 'صحة', 'تكنولوجيا'],
  ],
  searchHelp: [
    ['اكتب كلمة البحث', 'بحث'],
    ['ابحث هنا...', 'اذهب'],
  ],
  shareBars: [
    ['مشاركة', 'فيسبوك', 'تويتر', 'واتساب', 'تيليجرام', 'نسخ الرابط'],
    ['أرسل لصديق', 'اطبع', 'حفظ'],
    ['Share on Facebook', 'Share on X'],
  ],
  stamps: [
    (d) => `${WEEKDAYS[d.weekday]} ${pad2(d.day)} ${monthName(EGYPT_MONTHS, d)} ${d.year} - 11:30 ص`,
    (d) => `تاريخ النشر: ${pad2(d.day)}/${pad2(d.month)}/${d.year}`,
    (d) => indicDigits(`${d.day}/${d.month}/${d.year}`),
  ],
  updateStamps: [
    (d) => `تم التحديث: ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `آخر تعديل ${pad2(d.day)}.${pad2(d.month)}.${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية » أخبار » ${s}`, (s) => `أنت هنا: الرئيسية > ${s}`],
  sections: ['أخبار مصر', 'السودان', 'العراق', 'اليمن', 'الإمارات'],
  kickers: ['خاص', 'فيديو', 'متابعة', 'تقرير'],
  bylines: [(n) => `كتب: ${n}`, (n) => `متابعة: ${n}`, (n, o) => `${n} | ${o}`],
  relatedHeaders: ['أخبار ذات صلة', 'اقرأ في هذا الملف', 'الأكثر قراءة'],
  commentPrompts: [
    ['اترك تعليقاً', 'الاسم', 'البريد الإلكتروني', 'إرسال'],
    ['التعليقات', 'لا توجد تعليقات بعد'],
  ],
  captions: ['أرشيفية', 'صورة من الحدث', '(أ ف ب)', 'الصورة من الأرشيف'],
  footers: [
    (o, y) => [`حقوق النشر محفوظة لـ ${o} ${y}`, 'سياسة الخصوصية', 'اتصل بنا'],
    (o) => [`${o} © جميع الحقوق محفوظة`],
  ],
  html: {
    navLabels: [
      ['الرئيسية', 'أخبار مصر', 'حوادث', 'فن'],
      ['السودان', 'تقارير', 'مقالات'],
    ],
    shareLabel: ['مشاركة', 'أرسل لصديق'],
    relatedLabel: ['أخبار ذات صلة', 'الأكثر قراءة'],
    articleClass: ['entry-content', 'news-body'],
  },
}
