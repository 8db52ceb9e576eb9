import { describe, expect, it } from 'vitest'
import { parseDateline, standaloneDateline } from './parseDateline.ts'

describe('parseDateline', () => {
  it.each([
    ['بغداد/المسلة: تستمر المحادثات', 'بغداد', 'المسلة', null, 'تستمر المحادثات'],
    ['القاهرة – اليوم السابع: قال الوزير', 'القاهرة', 'اليوم السابع', null, 'قال الوزير'],
    ['بيروت (رويترز) - أعلن الجيش', 'بيروت', 'رويترز', null, 'أعلن الجيش'],
    ['دبي (الاتحاد) - افتتحت الهيئة', 'دبي', 'الاتحاد', null, 'افتتحت الهيئة'],
    ['سبق- الرياض: أعلنت الجمعية', 'الرياض', 'سبق', null, 'أعلنت الجمعية'],
    ['لندن 24-7-2012 وفا- قال المتحدث', 'لندن', 'وفا', '2012-07-24', 'قال المتحدث'],
    ['واشنطن، 24 سبتمبر (رويترز) - قال', 'واشنطن', 'رويترز', null, 'قال'],
    ['(رويترز) - قال المتحدث', null, 'رويترز', null, 'قال المتحدث'],
    ['بغداد: قال المتحدث', 'بغداد', null, null, 'قال المتحدث'],
    ['المسلة/بغداد: نص الخبر', 'بغداد', 'المسلة', null, 'نص الخبر'],
    ['الجزائر- النهار أونلاين: نص', 'الجزائر', 'النهار أونلاين', null, 'نص'],
    ['واشنطن – قال الرئيس: إن الاتفاق قريب', 'واشنطن', null, null, 'قال الرئيس: إن الاتفاق قريب'],
  ])('%s', (paragraph, place, outlet, date, rest) => {
    expect(parseDateline(paragraph)).toEqual({ place, outlet, date, rest })
  })

  it.each([
    // Places in no built-in list: the shape alone says it is a dateline.
    ['ميت غمر – اليوم السابع: تمكنت الأجهزة', 'ميت غمر', 'اليوم السابع'],
    ['كفر الدوار - «الأهرام»: بدأت', 'كفر الدوار', 'الأهرام'],
    ['جبلة– سانا: افتتح', 'جبلة', 'سانا'],
    ['تيزي وزو/الخبر: أعلنت', 'تيزي وزو', 'الخبر'],
    ['بنت جبيل (الوكالة الوطنية) - أقيم', 'بنت جبيل', 'الوكالة الوطنية'],
    ['عمان 15 آذار (بترا) - افتتح', 'عمان', 'بترا'],
    ['ود مدني/ صحيفة النيل/ أعلنت', 'ود مدني', 'صحيفة النيل'],
    ['صحيفة الوادي | الضالع | أعلنت', 'الضالع', 'صحيفة الوادي'],
    ['الضالع | صحيفة الوادي | أعلنت', 'الضالع', 'صحيفة الوادي'],
    ['نجمة أف أم | منزل تميم | أعلنت', 'منزل تميم', 'نجمة أف أم'],
    ['بيت ساحور — «صوت البلد» — أعلنت', 'بيت ساحور', 'صوت البلد'],
    ['صوت البلد (نابلس): أعلنت', 'نابلس', 'صوت البلد'],
    ['سوسة - مراسل صوت البلد: أعلنت', 'سوسة', 'صوت البلد'],
    ['صفاقس - مراسل نجمة أف أم: أعلنت', 'صفاقس', 'نجمة أف أم'],
    ['(صوت البلد) – طنطا: أعلنت', 'طنطا', 'صوت البلد'],
    ['صوت البلد – الأحساء – أعلنت', 'الأحساء', 'صوت البلد'],
  ])('reads a dateline by its shape, without a gazetteer: %s', (paragraph, place, outlet) => {
    expect(parseDateline(paragraph)).toMatchObject({ place, outlet })
  })

  it.each([
    // Both sides are known places; the newspaper named for a city signs the dateline, whichever
    // side the shape puts it on.
    ['الرياض | لندن | أعلنت', 'لندن', 'الرياض'],
    ['لندن | الرياض | أعلنت', 'لندن', 'الرياض'],
    ['الرياض (بغداد): أعلنت', 'بغداد', 'الرياض'],
    ['الخبر (الجزائر): أعلنت', 'الجزائر', 'الخبر'],
    ['القاهرة (الأهرام): أعلنت', 'القاهرة', 'الأهرام'],
  ])('tells a city-named outlet from the place beside it: %s', (paragraph, place, outlet) => {
    expect(parseDateline(paragraph)).toMatchObject({ place, outlet })
  })

  it('keeps the display spelling of place and outlet (tashkeel included)', () => {
    expect(parseDateline('بغدادُ/المسلّة: نص')).toMatchObject({ place: 'بغدادُ', outlet: 'المسلّة' })
  })

  it('does not take an exclusive marker for an outlet', () => {
    expect(parseDateline('بغداد – خاص: قال')).toEqual({ place: 'بغداد', outlet: null, date: null, rest: 'قال' })
    expect(parseDateline('نيامي (وكالات) - اختتمت')).toMatchObject({ place: 'نيامي', outlet: null })
  })

  it.each([
    'أكد قائد القيادة العسكرية الأمريكية في إفريقيا “أفريكوم” الفريق أول مايكل لانغلي.',
    'قال الوزير: إن المحادثات مستمرة',
    'أكد الوزير - في تصريح له: إن الاتفاق قريب',
    'و البيان الذي أصدره المكتب الإعلامي',
    'وزير البيئة العراقي – في كلمته الافتتاحية: إن العواصف',
    'أعلنت الوزارة - بحسب بيان: أن الخطة',
    'المتحدث باسم الحكومة – خلال مؤتمر صحفي: إن',
  ])('finds no dateline in an ordinary opening: %s', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull()
  })
})

describe('standaloneDateline', () => {
  it('reads a dateline alone on its line when a side is a known place or outlet', () => {
    expect(standaloneDateline('الرياض - واس')).toMatchObject({ place: 'الرياض', outlet: 'واس' })
    expect(standaloneDateline('بيروت (رويترز)')).toMatchObject({ place: 'بيروت', outlet: 'رويترز' })
  })

  it('leaves titles and sentences alone', () => {
    expect(standaloneDateline('ارتفاع درجات الحرارة - تقرير خاص')).toBeNull()
    expect(standaloneDateline('افتتاح معرض للصناعات التقليدية')).toBeNull()
    expect(standaloneDateline('قال الوزير - في تصريح')).toBeNull()
  })

  it("reads a tatweel glued to a known place as the dateline's dash", () => {
    expect(parseDateline('الأحساءـ أعلنت البلدية')).toMatchObject({ place: 'الأحساء', rest: 'أعلنت البلدية' })
  })
})
