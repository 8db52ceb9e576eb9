/**
 * Pool K: a tenth set of `tune` wordings (Sudanese, Yemeni, Iraqi, Gulf print and Maghreb sites'
 * habits), written after pool J's were learnt and measured alone before any tuning on it. Pool B
 * (the `held` half) stays unread while tuning.
 */
import { EGYPT_MONTHS, MAGHREB_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_K: FurniturePool = {
  name: 'K',
  places: ['الفاشر', 'ذمار', 'كركوك', 'الأحساء', 'الجبيل', 'مصراتة', 'بنزرت', 'عنابة', 'العقبة', 'صور'],
  authors: ['عبدالله المطيري', 'الحبيب العياري', 'وداد الكواري', 'مصطفى ولد سيدي', 'لمى الخوري', 'إبراهيم عبد المجيد'],
  datelines: [
    { render: (place, outlet) => `${place} ـ «${outlet}»: `, withOutlet: true },
    { render: (place, outlet) => `${outlet} – ${place} – `, withOutlet: true },
    { render: (place, outlet) => `${place} (${outlet}) ـ `, withOutlet: true },
    { render: (place) => `${place}ـ `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]} ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year} م`,
    (d) => `${d.year}.${pad2(d.month)}.${pad2(d.day)}`,
    (d) => `نُشر: ${d.day}/${d.month}/${d.year}`,
  ],
  credits: [(o) => `${o} - القسم المحلي`, (o) => `عن ${o} بتصرف`, (o) => `${o} (خاص)`],
  disclaimers: [
    (o) => `الآراء الواردة في المقال لا تلزم ${o}`,
    (o) => `لا تتحمل ${o} أي مسؤولية عن آراء الكتّاب`,
    () => `جميع المقالات تعبر عن وجهة نظر أصحابها`,
  ],
  authorBlocks: [
    (n) => `مقالة للكاتب ${n}`,
    (n) => `بقلم الزميل ${n}`,
    (n) => `${n}، كاتبة صحفية`,
    (n) => `الكاتب ${n}`,
  ],
  sourceLines: [(o) => `المصدر - ${o}`, (o) => `نقلاً عن موقع ${o} الإلكتروني`, (o) => `المادة منشورة في ${o}`],
  keywordHeaders: ['كلمات مفتاحية -', 'الوسوم المرتبطة:'],
  readAlsoHeaders: ['اقرأ ايضاً ..', 'مقالات ذات صلة:', 'للمزيد:'],
  promos: [
    (o) => `لمتابعة أخبار ${o} أولاً بأول انضم إلى قناتنا على تيليجرام`,
    (o) => `${o} على واتساب.. اضغط هنا للاشتراك`,
    (o) => `نزّل تطبيق ${o} للأخبار العاجلة`,
    (o) => `شاهد المزيد على قناة ${o} في يوتيوب`,
  ],
  promoOutlets: ['الراكوبة', 'السومرية', 'المرصد', 'الصيحة', 'الأيام', 'هسبريس'],
  menus: [
    ['الرئيسية', 'السودان', 'اليمن', 'العراق', 'الخليج', 'المغرب العربي', 'ثقافة وفنون'],
    ['أخبار محلية', 'عربي ودولي', 'مال وأعمال', 'صحة وجمال'],
    ['ملتيميديا', 'انفوجرافيك', 'كتاب الرأي'],
  ],
  searchHelp: [
    ['البحث عن:', 'انتقل'],
    ['ماذا تريد أن تقرأ؟', 'بحث'],
  ],
  shareBars: [['انشر على', 'فيس بوك', 'تويتر', 'واتس اب'], ['نسخ الرابط', 'طباعة'], ['شارك هذا الخبر']],
  stamps: [
    (d) => `${WEEKDAYS[d.weekday]} ${pad2(d.day)} ${monthName(MAGHREB_MONTHS, d)} ${d.year} | 11:05`,
    (d) => `${d.year}.${pad2(d.month)}.${pad2(d.day)}`,
    (d) => `نُشر: ${d.day}/${d.month}/${d.year}`,
  ],
  updateStamps: [
    (d) => `تحديث: ${d.day} ${monthName(EGYPT_MONTHS, d)} ${d.year}`,
    (d) => `عُدّل: ${d.year}.${pad2(d.month)}.${pad2(d.day)}`,
  ],
  breadcrumbs: [(s) => `الرئيسية › ${s}`, (s) => `الرئيسية / أخبار / ${s}`],
  sections: ['السودان', 'اليمن', 'العراق', 'الخليج', 'مال وأعمال'],
  kickers: ['عاجل', 'خاص', 'فيديو', 'تقرير'],
  bylines: [(n) => `بقلم الزميل ${n}`, (n, o) => `${o} / ${n}`, (n) => `الكاتب ${n}`],
  relatedHeaders: ['مقالات ذات صلة', 'الأكثر مشاهدة', 'آخر الأخبار'],
  commentPrompts: [['أضف تعليقاً', 'الاسم', 'البريد الإلكتروني', 'أرسل'], ['0 تعليق']],
  captions: ['(أرشيفية)', 'صورة: متداولة', 'الصورة من الأرشيف', 'صورة أرشيفية - رويترز'],
  footers: [(o, y) => [`جميع الحقوق محفوظة لـ${o} © ${y}`, 'سياسة الخصوصية'], (o) => [`${o} ©`, 'من نحن', 'اتصل بنا']],
  html: {
    navLabels: [
      ['الرئيسية', 'السودان', 'اليمن'],
      ['العراق', 'الخليج', 'كتاب الرأي'],
    ],
    shareLabel: ['انشر على', 'نسخ الرابط'],
    relatedLabel: ['مقالات ذات صلة', 'آخر الأخبار'],
    articleClass: ['news-content', 'single-post-content'],
  },
}
