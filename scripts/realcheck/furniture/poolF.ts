/**
 * Pool F: a fifth set of `tune` wordings (Palestinian, Jordanian, Libyan and Omani sites' habits),
 * written after pool E's were learnt and measured alone before any tuning on it. Pool B (the
 * `held` half) stays unread while tuning.
 */
import { ENGLISH_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS, WEEKDAYS, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_F: FurniturePool = {
  name: 'F',
  places: ['رام الله', 'نابلس', 'إربد', 'الزرقاء', 'بنغازي', 'مصراتة', 'صلالة', 'نزوى', 'الخليل', 'سبها'],
  authors: ['باسل عودة', 'ريم الخطيب', 'ناصر البلوشي', 'هديل المصراتي', 'عمر أبو ليلى', 'سماح الزعبي'],
  datelines: [
    { render: (place, outlet) => `${place} — «${outlet}» — `, withOutlet: true },
    { render: (place, outlet) => `${outlet} (${place}): `, withOutlet: true },
    { render: (place) => `${place} — `, withOutlet: false },
  ],
  arabicDates: [
    (d) => `${WEEKDAYS[d.weekday]} ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}، الساعة 18:40`,
    (d) => `${pad2(d.day)}-${pad2(d.month)}-${d.year}`,
    (d) => `${d.day} ${monthName(MAGHREB_MONTHS, d)}، ${d.year}`,
  ],
  credits: [(o) => `${o} | متابعات`, (o) => `وكالات – ${o}`, (o) => `قسم التحرير في ${o}`],
  disclaimers: [
    (o) => `ما ورد في هذا المقال يعبر عن رأي الكاتب وحده ولا يعكس بالضرورة موقف ${o}`,
    (o) => `${o} ليست مسؤولة عن آراء الكتاب`,
  ],
  authorBlocks: [(n) => `نبذة عن الكاتب: ${n}`, (n) => `${n}، باحثة في الشؤون السياسية`],
  sourceLines: [(o) => `مصدر الخبر: ${o}`, (o) => `منقول عن ${o}`],
  keywordHeaders: ['علامات:', 'Tags:'],
  readAlsoHeaders: ['اقرأ أيضًا:', 'إقرأ المزيد:'],
  promos: [
    (o) => `اشتركوا في قناة ${o} على يوتيوب ليصلكم كل جديد`,
    (o) => `فعّل الإشعارات لتصلك أخبار ${o} أولاً بأول`,
    (o) => `تابعوا ${o} على إنستغرام وتيك توك`,
    (o) => `للتواصل مع ${o} عبر واتساب أرسل رسالة إلى 0791234567`,
  ],
  promoOutlets: ['وطن', 'الرأي', 'بوابة الوسط', 'الشبيبة', 'الحدث'],
  menus: [
    ['الرئيسية', 'فلسطين', 'محليات', 'عربي', 'دولي', 'اقتصاد', 'رياضة', 'ثقافة'],
    ['ليبيا', 'المغرب العربي', 'تحقيقات', 'رأي', 'صور'],
    ['Home', 'الخليج', 'عُمان', 'منوعات', 'تقنية'],
  ],
  searchHelp: [
    ['بحث عن:', 'انطلق'],
    ['ابحث في الأرشيف', 'بحث'],
  ],
  shareBars: [
    ['شارك', 'Facebook', 'X', 'WhatsApp', 'Telegram', 'Email'],
    ['مشاركة الخبر', 'طباعة', 'تكبير الخط', 'تصغير الخط'],
    ['شارك على فيسبوك | غرّد على تويتر'],
  ],
  stamps: [
    (d) => `نُشر في: ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => `${pad2(d.day)}/${pad2(d.month)}/${d.year} - 09:30`,
    (d) => `Published ${d.day} ${monthName(ENGLISH_MONTHS, d)} ${d.year}`,
  ],
  updateStamps: [
    (d) => `آخر تحديث: ${d.day} ${monthName(LEVANT_MONTHS, d)} ${d.year}`,
    (d) => `حُدّث في ${pad2(d.day)}-${pad2(d.month)}-${d.year}`,
  ],
  breadcrumbs: [(s) => `الرئيسية / ${s}`, (s) => `الصفحة الأولى › ${s}`],
  sections: ['فلسطين', 'محليات', 'عربي', 'ليبيا', 'الخليج'],
  kickers: ['عاجل', 'حصري', 'تحليل', 'بالصور'],
  bylines: [(n) => `بقلم: ${n}`, (n, o) => `${o} — ${n}`, (n) => `تقرير: ${n}`],
  relatedHeaders: ['قد يعجبك أيضاً', 'أخبار مشابهة', 'الأكثر مشاهدة'],
  commentPrompts: [
    ['أضف تعليقك', 'الاسم (مطلوب)', 'البريد (لن يتم نشره)', 'أرسل التعليق'],
    ['تعليقات القراء', 'كن أول من يعلق'],
  ],
  captions: ['صورة أرشيفية', '(الصورة: وكالات)', 'مصدر الصورة: مواقع التواصل'],
  footers: [(o, y) => [`© ${y} ${o}`, 'من نحن', 'سياسة الاستخدام'], (o) => [`جميع الحقوق محفوظة © ${o}`]],
  html: {
    navLabels: [
      ['الرئيسية', 'فلسطين', 'عربي', 'رياضة'],
      ['ليبيا', 'تحقيقات', 'رأي'],
    ],
    shareLabel: ['شارك', 'مشاركة الخبر'],
    relatedLabel: ['قد يعجبك أيضاً', 'أخبار مشابهة'],
    articleClass: ['post-content', 'article-text'],
  },
}
