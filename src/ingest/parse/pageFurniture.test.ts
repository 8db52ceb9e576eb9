import { describe, expect, it } from 'vitest'
import { classifyLine } from './pageFurniture.ts'

const PROMO = 'إضغط على الصورة لتحميل تطبيق النهار للإطلاع على كل الآخبار على البلاي ستور'

describe('classifyLine', () => {
  it.each([
    ['المسلة – متابعة – وكالات', 'credit', null],
    ['(وكالات)', 'credit', null],
    ['النص الذي يتضمن اسم الكاتب او الجهة، لايعبّر بالضرورة عن وجهة نظر الموقع.', 'disclaimer', null],
    ["About Post Author زينSee author's posts", 'author', 'زين'],
    ['About Post Author زين', 'author', 'زين'],
    ["See author's posts", 'noise', null],
    ['المقالات المنشورة تعبر عن رأي كاتبيها', 'disclaimer', null],
    ['Facebook Twitter WhatsApp', 'noise', null],
    ['بقلم: سليم حداد', 'author', 'سليم حداد'],
    ['كتب: أحمد علي', 'author', 'أحمد علي'],
    ['المصدر: المسلة', 'source', 'المسلة'],
    ['رابط الخبر بصحيفة سبق', 'source', 'سبق'],
    ['كلمات دلالية: القوات الأمیرکیة مهمة التحالف', 'keywords', 'القوات الأمیرکیة مهمة التحالف'],
    ['كلمات مفتاحية: العراق، أمريكا', 'keywords', 'العراق، أمريكا'],
    ['الوسوم: آثار نقوش', 'keywords', 'آثار نقوش'],
    ['كلمات مفتاحية - الزراعة الري', 'keywords', 'الزراعة الري'],
    [PROMO, 'promo', 'النهار'],
    [`${PROMO}${PROMO}`, 'promo', 'النهار'],
    ['للاشتراك في خدمة الأخبار العاجلة أرسل رسالة SMS إلى الرقم 95000', 'noise', null],
    ['تابعونا على فيسبوك', 'promo', null],
    ['صورة أرشيفية للموقع', 'noise', null],
    ['https://example.com/a/b', 'noise', null],
    ['HYPERLINK "http://example.com/news" \\* MERGEFORMAT', 'noise', null],
    ['جميع الحقوق محفوظة © 2024', 'noise', null],
    ['Advertisements', 'noise', null],
    ['Share this:', 'noise', null],
    ['Post Views: 1,204'.replace(',', ''), 'noise', null],
    ['لتصلك أهم الأخبار على هاتفك أرسل كلمة أخبار إلى الرقم 91234', 'noise', null],
    ['للتواصل مع التحرير: news@example.com', 'noise', null],
    ['(أ ف ب)', 'credit', null],
    ['(صورة أرشيفية)', 'noise', null],
    ['#جامعة_الملك_سعود #القبول', 'keywords', '#جامعة_الملك_سعود #القبول'],
  ])('%s → %s', (line, kind, value) => {
    expect(classifyLine(line)).toMatchObject({ kind, value })
  })

  it('strips a promo glued to the end of a real paragraph and keeps the paragraph', () => {
    expect(classifyLine(`ستعقد الجولة المقبلة في الخريف.${PROMO}`)).toEqual({
      kind: 'text',
      text: 'ستعقد الجولة المقبلة في الخريف.',
      promoOutlet: 'النهار',
    })
  })

  it('strips a promo naming several stores, glued to a paragraph', () => {
    expect(classifyLine('لمعاقبة المضاربين.حمّل تطبيق الشروق الآن على غوغل بلاي وآب ستور')).toEqual({
      kind: 'text',
      text: 'لمعاقبة المضاربين.',
      promoOutlet: 'الشروق',
    })
  })

  it('strips word-processor field codes inside a paragraph', () => {
    expect(classifyLine('قال الوزير HYPERLINK "http://x.example/y" إن الاتفاق قريب')).toMatchObject({
      kind: 'text',
      text: 'قال الوزير إن الاتفاق قريب',
    })
  })

  it.each([
    'كتب الوزير رسالة إلى نظيره',
    'تستمر المحادثات بين بغداد وواشنطن بشأن مهمة التحالف الدولي.',
    'قال إن التقرير لا يعبر عن الحقيقة كاملة',
    'وأرسل الجيش 2000 جندي إلى المنطقة الحدودية',
    'وأرسلت الوزارة رسالة إلى 5000 مواطن تدعوهم للتسجيل',
  ])('leaves reading text alone: %s', (line) => {
    expect(classifyLine(line)).toEqual({ kind: 'text', text: line, promoOutlet: null })
  })
})

describe('desk credits and writers', () => {
  it('reads `متابعة – X` as the desk credit and `متابعة: name` as the writer', () => {
    expect(classifyLine('متابعة – صدى الساحل').kind).toBe('credit')
    expect(classifyLine('متابعة: سارة محمود')).toMatchObject({ kind: 'author', value: 'سارة محمود' })
    expect(classifyLine('متابعة: الوادي').kind).toBe('credit')
  })
})

describe('a byline by its grammar', () => {
  it.each([
    ['بقلم: د. سلمى يوسف - عمّان', 'سلمى يوسف'],
    ['د. سلمى يوسف (كاتبة)', 'سلمى يوسف'],
    ['مقال لـ سلمى يوسف', 'سلمى يوسف'],
    ['مقال للكاتب سلمى يوسف', 'سلمى يوسف'],
    ['الكاتب الصحفي/ سلمى يوسف', 'سلمى يوسف'],
    ['بقلم الكاتب والإعلامي سلمى يوسف', 'سلمى يوسف'],
    ['الكاتب والمحلل السياسي سلمى يوسف', 'سلمى يوسف'],
    ['كاتب المقال: سلمى يوسف', 'سلمى يوسف'],
    ['إعداد الصحفي: سلمى يوسف', 'سلمى يوسف'],
    ['رصد وتحرير: سلمى يوسف', 'سلمى يوسف'],
    ['عن الكاتب: سلمى يوسف، باحثة في الشؤون الدولية', 'سلمى يوسف'],
    ['سلمى يوسف - صحفية متخصصة في الشؤون الاقتصادية', 'سلمى يوسف'],
    ['✍🏻 سلمى يوسف', 'سلمى يوسف'],
    ['بقلم: علي حسن', 'علي حسن'],
    ['بقلم الأديب سلمى يوسف', 'سلمى يوسف'],
    ['سلمى يوسف (كاتبة سعودية)', 'سلمى يوسف'],
    ['سلمى يوسف @salma_y', 'سلمى يوسف'],
    ['كتب: سلمى يوسف - salma@example.com', 'سلمى يوسف'],
    // Names that open with the article, common in the Maghreb.
    ['بقلم: الطاهر بن علي', 'الطاهر بن علي'],
    ['كتب: الطاهر بن علي', 'الطاهر بن علي'],
    ['بقلم الكاتب الطاهر بن علي', 'الطاهر بن علي'],
    ['— الهادي نويرة', 'الهادي نويرة'],
    ['✍️ الطاهر بن علي', 'الطاهر بن علي'],
    ['الطاهر بن علي - كاتب صحفي', 'الطاهر بن علي'],
    ['الطاهر بن علي (كاتب)', 'الطاهر بن علي'],
    ['الحبيب العياري، كاتب صحفي', 'الحبيب العياري'],
    // Long names: connectors (بن، آل، عبد، أبو) do not count towards a name's length.
    ['بقلم: عبدالله بن محمد بن سعود آل سعود', 'عبدالله بن محمد بن سعود آل سعود'],
    ['كتب: محمد عبد الرحمن عبد الله الشمري', 'محمد عبد الرحمن عبد الله الشمري'],
    ['— عبدالله بن محمد آل الشيخ', 'عبدالله بن محمد آل الشيخ'],
  ])('%s', (line, author) => {
    expect(classifyLine(line)).toMatchObject({ kind: 'author', value: author })
  })

  it.each([
    'كتب محمد رسالة طويلة',
    'د. أحمد علي قال إن',
    'الدكتور أحمد علي، مدير المستشفى، قال إن الحالة مستقرة.',
    'وزارة الصحة (بيان رسمي)',
    'أحمد علي (رويترز)',
    'الوادي الجديد (كاتب)',
  ])('is not a sentence about a person: %s', (line) => {
    expect(classifyLine(line).kind).toBe('text')
  })

  it('is not a desk', () => {
    expect(classifyLine('إعداد: قسم الأخبار').kind).toBe('credit')
  })
})

describe("furniture in other outlets' words", () => {
  it.each([
    ['وحدة الرصد - الوادي', 'credit'],
    ['محرر الوادي الاقتصادي', 'credit'],
    ['الآراء المنشورة تمثل أصحابها', 'disclaimer'],
    ['إخلاء مسؤولية: الوادي غير مسؤول عن محتوى مقالات الرأي', 'disclaimer'],
    ['الخبر منشور أصلاً على موقع الوادي', 'source'],
    ['* نقلا عن صحيفة الوادي', 'source'],
    ['تاغات: الزراعة الري', 'keywords'],
    ['#وسوم الزراعة الري', 'keywords'],
    ['من المصدر', 'noise'],
    ['الصفحة الرئيسية - دوليات', 'noise'],
    ['تغطية: الوادي', 'credit'],
    ['الموسوم ب: الزراعة', 'keywords'],
    ['المصدر الأصلي: الوادي', 'source'],
    ['بالتعاون مع الوادي', 'source'],
    ['حقوق الطبع والنشر محفوظة لـالوادي', 'noise'],
    ['حقوق النشر: الوادي', 'noise'],
    ['نص التعليق', 'noise'],
    ['الوادي - القسم المحلي', 'credit'],
    ['الوادي (خاص)', 'credit'],
    ['عن الوادي بتصرف', 'source'],
    ['المادة منشورة في الوادي', 'source'],
    ['الآراء الواردة في المقال لا تلزم الوادي', 'disclaimer'],
    ['لا تتحمل الوادي أي مسؤولية عن آراء الكتّاب', 'disclaimer'],
    ['الوسوم المرتبطة: الزراعة', 'keywords'],
    ['فيس بوك', 'noise'],
  ])('%s is %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind)
  })

  it('reads the outlet from a source line without its medium word', () => {
    expect(classifyLine('الخبر منشور أصلاً على موقع الوادي')).toMatchObject({ value: 'الوادي' })
    expect(classifyLine('* نقلا عن صحيفة الوادي')).toMatchObject({ value: 'الوادي' })
  })
})
