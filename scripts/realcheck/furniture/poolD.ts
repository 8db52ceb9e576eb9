/**
 * Pool D: a third set of `tune` wordings (Maghreb, Gulf and Levant sites' habits), written after
 * pool C's were learnt. Pool B (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, ENGLISH_MONTHS, MAGHREB_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_D: FurniturePool = {
  name: 'D',
  places: ['الدار البيضاء', 'سوسة', 'قسنطينة', 'العقبة', 'الشارقة', 'صور', 'حلب', 'الموصل', 'مراكش', 'الإسكندرية'],
  authors: ['كريم بن علي', 'هالة المصري', 'زياد العنزي', 'أسماء التونسي', 'فراس الحلبي', 'نور الهدى قاسم'],
  datelines: [
    { render: (place, outlet) => `${place} ـ ${outlet} ـ `, withOutlet: true },
    { render: (place, outlet) => `${place} (${outlet}): `, withOutlet: true },
    { render: (place) => `${place} ـ `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${d.day}-${monthName(EGYPT_MONTHS, d)}-${d.year}`,
    (d) => `${WEEKDAYS[d.weekday]} ${pad2(d.day)}.${pad2(d.month)}.${d.year}`,
    (d) => `${WEEKDAYS[d.weekday]} ${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year}`,
  ],
  credits: [(o) => `${o} – رصد`, (o) => `خاص – ${o}`, (o) => `${o} / وكالات`],
  disclaimers: [
    (o) => `المقال يعبر عن رأي كاتبه ولا يمثل بالضرورة الخط التحريري لـ${o}`,
    (o) => `${o} غير مسؤولة عن محتوى المقالات المنشورة وهي تعبر عن رأي أصحابها`,
  ],
  authorBlocks: [(n) => `بقلم الكاتب: ${n}`, (n) => `${n}، صحفية مستقلة`],
  sourceLines: [(o) => `المصدر: موقع ${o}`, (o) => `عن ${o}`],
  keywordHeaders: ['مواضيع:', 'وسوم:'],
  readAlsoHeaders: ['إقرأ أيضا', 'اقرأ كذلك:'],
  promos: [
    (o) => `تابعوا آخر أخبار ${o} عبر تطبيق نبض`,
    (o) => `اشتركوا في نشرة ${o} البريدية ليصلكم كل جديد`,
    (o) => `لمتابعة ${o} على إنستغرام اضغط هنا`,
    (o) => `حمّلوا تطبيق ${o} الآن`,
  ],
  promoOutlets: ['الخبر', 'الصباح', 'المساء', 'الأنوار', 'الرأي'],
  menus: [
    ['الأولى', 'وطني', 'عالمي', 'مال وأعمال', 'رياضة', 'ثقافة', 'مجتمع'],
    ['جهات', 'وطنية', 'دولية', 'مغاربية', 'حوادث', 'فن'],
    ['Home', 'أخبار', 'آراء', 'ملفات', 'وسائط'],
  ],
  searchHelp: [
    ['ماذا تبحث عن؟', 'إبحث'],
    ['أدخل الكلمة المفتاحية', 'ابحث الآن'],
  ],
  shareBars: [
    ['شارك عبر', 'فيسبوك', 'إكس', 'لينكد إن', 'البريد'],
    ['حفظ', 'طباعة', 'مشاركة', 'A+', 'A-'],
    ['أرسل لصديق | اطبع | شارك'],
  ],
  stamps: [
    (d) => `منشور في ${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year} على الساعة 10:15`,
    (d) => `نشر بتاريخ ${pad2(d.day)}.${pad2(d.month)}.${d.year}`,
    (d) => `Posted on ${monthName(ENGLISH_MONTHS, d)} ${d.day}, ${d.year}`,
  ],
  updateStamps: [
    (d) => `محدث في ${pad2(d.day)}/${pad2(d.month)}/${d.year} 16:10`,
    (d) => `آخر تحديث ${pad2(d.day)}/${pad2(d.month)}/${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية ← ${s}`, (s) => `الأولى / ${s}`],
  sections: ['وطني', 'جهات', 'مجتمع', 'مغاربية', 'حوادث'],
  kickers: ['مباشر', 'صور', 'إنفوغراف', 'حوار'],
  bylines: [(n, o) => `${o} | ${n}`, (n) => `بقلم ${n}`, (n) => `الكاتب: ${n}`],
  relatedHeaders: ['مقالات ذات صلة', 'الأكثر قراءة', 'ذات صلة'],
  commentPrompts: [
    ['اكتب تعليقك هنا', 'الاسم *', 'البريد الإلكتروني *', 'أرسل'],
    ['شاركنا رأيك', 'تعليقات الفيسبوك'],
  ],
  captions: ['الصورة: أرشيف', 'صورة توضيحية', 'من الأرشيف'],
  footers: [(o, y) => [`${o} © ${y}`, 'عن الموقع', 'أعلن معنا', 'وظائف'], (o) => [`جميع الحقوق محفوظة لموقع ${o}`]],
  html: {
    navLabels: [
      ['الأولى', 'وطني', 'عالمي', 'رياضة'],
      ['جهات', 'مجتمع', 'حوادث'],
    ],
    shareLabel: ['شارك عبر', 'أرسل لصديق'],
    relatedLabel: ['مقالات ذات صلة', 'ذات صلة'],
    articleClass: ['td-post-content', 'field-item'],
  },
}
