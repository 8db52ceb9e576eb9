/**
 * Pool H: a seventh set of `tune` wordings (Gulf opinion pages, Lebanese, Moroccan and diaspora
 * sites' habits), written after pool G's were learnt and measured alone before any tuning on it.
 * Pool B (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_H: FurniturePool = {
  name: 'H',
  places: ['طرابلس', 'صيدا', 'مراكش', 'طنجة', 'المنامة', 'الدوحة', 'باريس', 'لندن', 'جبيل', 'فاس'],
  authors: ['نادين حداد', 'يوسف بنعلي', 'خالد المهندي', 'ريتا عازار', 'عبد الإله التازي', 'مريم البوعينين'],
  datelines: [
    { render: (place, outlet) => `${outlet} - ${place} : `, withOutlet: true },
    { render: (place, outlet) => `${place}، ${outlet} - `, withOutlet: true },
    { render: (place) => `${place} (خاص) - `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]} - ${d.day} / ${d.month} / ${d.year}`,
    (d) => `${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year} م`,
    (d) => `${pad2(d.day)} ${monthName(EGYPT_MONTHS, d)} ${d.year} | ${monthName(LEVANT_MONTHS, d)}`,
  ],
  credits: [(o) => `${o}/ وكالات`, (o) => `القسم السياسي - ${o}`, (o) => `المحرر الإلكتروني – ${o}`],
  disclaimers: [
    (o) => `المحتوى مسؤولية الكاتب وحده وليس ${o}`,
    (o) => `${o} غير مسؤولة عن المحتوى المنشور في هذه الزاوية`,
    () => `هذا المقال يعبر عن رأي كاتبه فقط`,
  ],
  authorBlocks: [(n) => `مقال بقلم ${n}`, (n) => `الكاتبة الصحفية ${n}`, (n) => `— ${n}`],
  sourceLines: [(o) => `نُشر أولاً في ${o}`, (o) => `(المصدر: ${o})`, (o) => `عن موقع ${o}`],
  keywordHeaders: ['مواضيع:', 'هاشتاغ:'],
  readAlsoHeaders: ['أقرأ أيضا:', 'يهمك أيضاً:', 'إقرأ ايضا..'],
  promos: [
    (o) => `📲 حمّل تطبيق ${o}`,
    (o) => `لمتابعة ${o} على واتساب: اضغط هنا`,
    (o) => `اشترك في النشرة البريدية لـ${o}`,
    (o) => `لا تنسوا متابعة ${o} على تيك توك`,
  ],
  promoOutlets: ['النهار', 'هسبريس', 'الوسط', 'الشرق', 'العربي الجديد'],
  menus: [
    ['الرئيسية', 'لبنان', 'المغرب', 'الخليج', 'العالم', 'آراء', 'ثقافة'],
    ['أخبار', 'مجتمع', 'فن ومشاهير', 'صحة', 'سيارات'],
    ['Accueil', 'سياسة', 'اقتصاد', 'رياضة'],
  ],
  searchHelp: [
    ['عن ماذا تبحث؟', 'ابحث'],
    ['بحث في الموقع', 'اضغط Enter للبحث'],
  ],
  shareBars: [
    ['شارك المقال', 'فيسبوك', 'إكس', 'لينكدإن', 'واتساب'],
    ['انسخ الرابط', 'أرسل بالبريد'],
    ['مشاركة:', 'Facebook', 'Twitter', 'Email'],
  ],
  stamps: [
    (d) => `${WEEKDAYS[d.weekday]} ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => `نشر بتاريخ ${pad2(d.day)}-${pad2(d.month)}-${d.year}`,
    (d) => `${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year} - 15:20`,
  ],
  updateStamps: [
    (d) => `آخر تحديث ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => `عُدّل في ${pad2(d.day)}/${pad2(d.month)}/${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية | ${s}`, (s) => `أخبار › ${s}`],
  sections: ['لبنان', 'المغرب', 'الخليج', 'آراء', 'ثقافة'],
  kickers: ['رأي', 'مقابلة', 'بالفيديو', 'ملف'],
  bylines: [(n) => `بقلم ${n}`, (n, o) => `${n} - ${o}`, (n) => `حوار: ${n}`],
  relatedHeaders: ['مقالات ذات صلة', 'الأكثر قراءة', 'اخترنا لكم'],
  commentPrompts: [
    ['أضف تعليقاً', 'الاسم *', 'البريد الإلكتروني *', 'نشر التعليق'],
    ['شاركنا رأيك', 'التعليقات مغلقة'],
  ],
  captions: ['(أرشيف)', 'الصورة: رويترز', 'صورة تعبيرية'],
  footers: [(o, y) => [`© ${o} ${y}`, 'شروط الاستخدام', 'للإعلان معنا'], (o) => [`جميع الحقوق محفوظة - ${o}`]],
  html: {
    navLabels: [
      ['الرئيسية', 'لبنان', 'آراء', 'ثقافة'],
      ['المغرب', 'مجتمع', 'صحة'],
    ],
    shareLabel: ['شارك المقال', 'انسخ الرابط'],
    relatedLabel: ['مقالات ذات صلة', 'اخترنا لكم'],
    articleClass: ['story-body', 'article__content'],
  },
}
