/** Pool B: the furniture wordings of the `held` half, never seen while tuning. */
import { ENGLISH_MONTHS, MAGHREB_MONTHS, WEEKDAYS, indicDigits, monthName, pad2 } from '../dates.ts'
import type { FurniturePool } from './pool.ts'

export const POOL_B: FurniturePool = {
  name: 'B',
  places: [
    'الموصل',
    'الإسكندرية',
    'طرابلس',
    'الدمام',
    'مكة المكرمة',
    'الكويت',
    'صفاقس',
    'وهران',
    'حلب',
    'أبوظبي',
    'عدن',
    'الرباط',
  ],
  authors: ['فاطمة الزهراني', 'يوسف الدباغ', 'سلمى بن عمر', 'ماجد الشهري', 'ليلى حداد', 'عمر التميمي'],
  datelines: [
    { render: (place, outlet) => `${place} - ${outlet} : `, withOutlet: true },
    { render: (place, outlet) => `${outlet}- ${place}: `, withOutlet: true },
    { render: (place, outlet) => `${place} ـ (${outlet}): `, withOutlet: true },
    { render: (place) => `${place} - `, withOutlet: false },
  ],
  arabicDates: [
    (d) => indicDigits(`${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year}`),
    (d) => `${WEEKDAYS[d.weekday]}، ${d.day}-${d.month}-${d.year}`,
    (d) => `${pad2(d.day)}/${monthName(ENGLISH_MONTHS, d)}/${d.year}`,
  ],
  credits: [(o) => `إعداد: قسم الأخبار – ${o}`, (o) => `${o} / رصد`, (o) => `تحرير ${o} - وكالات`],
  disclaimers: [
    (o) => `جميع ما ينشر من آراء يعبر عن كتابه ولا يمثل بالضرورة رأي ${o} التي لا تتحمل أي مسؤولية عنه.`,
    (o) => `تنويه: ${o} غير مسؤولة عن محتوى المواد المنقولة من مصادرها.`,
  ],
  authorBlocks: [(n) => `عن الكاتب ${n} عرض كل المقالات`, (n) => `About Post Author ${n}See author's posts`],
  sourceLines: [(o) => `المصدر | ${o}`, (o) => `مصدر الخبر: ${o}`],
  keywordHeaders: ['الوسوم:', 'كلمات البحث:'],
  readAlsoHeaders: ['شاهد أيضاً:', 'اقرأ ايضا'],
  promos: [
    (o) => `نزّلوا تطبيق ${o} مجانا على آيفون وأندرويد`,
    (o) => `تابِعُوا صفحة ${o} على فيسبوك وإنستغرام`,
    (o) => `اشترك في قناة ${o} على يوتيوب ليصلك كل جديد`,
    (o) => `للاشتراك في خدمة ${o} الإخبارية عبر واتساب أرسل كلمة اشتراك`,
  ],
  promoOutlets: ['الغد', 'هسبريس', 'الأيام', 'العربية نت', 'الخبر'],
  menus: [
    ['الصفحة الرئيسية', 'أخبار عربية', 'أخبار عالمية', 'أسواق', 'ملاعب', 'صحة'],
    ['الرئيسة • الأخبار • آراء • تقارير • فيديو • من نحن'],
    ['أقسام الموقع', 'المحلي', 'الخليج', 'تكنولوجيا', 'فن'],
  ],
  searchHelp: [
    ['البحث في الأرشيف', 'أكتب ما تبحث عنه واضغط إنتر'],
    ['ابحث هنا...', 'بحث متقدم'],
  ],
  shareBars: [
    ['انشر الخبر', 'Facebook', 'Twitter', 'WhatsApp', 'Telegram'],
    ['شارك على: فيسبوك - إكس - لينكدإن - نسخ الرابط'],
  ],
  stamps: [
    (d) => `تاريخ النشر: ${d.day}/${d.month}/${d.year} 14:05`,
    (d) => `${d.year}-${pad2(d.month)}-${pad2(d.day)} 08:30:00`,
    (d) => `نُشر بتاريخ ${WEEKDAYS[d.weekday]} ${d.day} ${monthName(MAGHREB_MONTHS, d)} ${d.year}`,
  ],
  updateStamps: [(d) => `تم التحديث: ${d.day}/${d.month}/${d.year} 18:40`],
  breadcrumbs: [(s) => `أنت هنا: الرئيسية > ${s}`, (s) => `الرئيسية ‹ ${s} ‹ خبر`],
  sections: ['شؤون محلية', 'مال وأعمال', 'ملاعب', 'عالم', 'فنون'],
  kickers: ['فيديو', 'خاص', 'حصري'],
  bylines: [(n, o) => `${n} ـ ${o}`, (n) => `كتب: ${n}`, (n, o) => `${o}/ ${n}`],
  relatedHeaders: ['قد يهمك أيضاً', 'الأكثر قراءة'],
  commentPrompts: [
    ['اترك تعليقا', 'لن يتم نشر عنوان بريدك الإلكتروني', 'نشر التعليق'],
    ['تعليقات القراء', 'لا توجد تعليقات بعد'],
  ],
  captions: ['الصورة: أرشيف', 'صورة من موقع الحدث', '(صورة توضيحية)'],
  footers: [
    (o, y) => [`حقوق النشر © ${y} ${o}. كل الحقوق محفوظة`, 'الشروط والأحكام - أعلن معنا'],
    (o) => [`${o} جميع الحقوق محفوظة`, 'تابعونا على مواقع التواصل'],
  ],
  html: {
    navLabels: [
      ['الصفحة الرئيسية', 'أخبار عربية', 'أسواق', 'ملاعب'],
      ['تقارير', 'حوارات', 'صحة', 'فيديو'],
    ],
    shareLabel: ['انشر', 'شارك على'],
    relatedLabel: ['قد يهمك', 'الأكثر قراءة'],
    articleClass: ['entry-content', 'story-text'],
  },
}
