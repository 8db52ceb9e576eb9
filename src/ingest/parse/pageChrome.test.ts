import { describe, expect, it } from 'vitest'
import { chromeOutlet, isChromeLine, isListHeader, readDateStamp } from './pageChrome.ts'

describe('isChromeLine', () => {
  it.each([
    'ابحث في الموقع',
    'بحث',
    'أضف تعليقك',
    'الاسم *',
    'شارك',
    'طباعة',
    'الرئيسية',
    'التالي',
    'نسخ الرابط',
    'عدد القراءات: 1200',
    'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك',
  ])('%s is page chrome', (line) => expect(isChromeLine(line)).toBe(true))
  it.each(['بحث الوزير مع نظيره الأمريكي ملف القوات', 'شارك الوزير في الاجتماع', 'الأكثر قراءة'])('%s is not', (line) =>
    expect(isChromeLine(line)).toBe(false),
  )
})

describe('isListHeader', () => {
  it.each(['الأكثر قراءة', 'آخر الأخبار', 'المزيد من الأخبار', 'أخبار متعلقة:', 'قد يعجبك أيضا'])(
    '%s heads a list of other articles',
    (line) => expect(isListHeader(line)).toBe(true),
  )
  it('is not a sentence that opens with the same words', () => {
    expect(isListHeader('المزيد من القوات الأمريكية تصل إلى قاعدة عين الأسد غرب العراق')).toBe(false)
  })
})

describe('readDateStamp', () => {
  it.each([
    ['2017 / 7 / 18 الساعة 09 : 44 ( مكة المكرمة )', '2017-07-18'],
    ['نشر في 18 - 7 - 2017 | 09:44 ص', '2017-07-18'],
    ['الثلاثاء 18 يوليو 2017 - 09 : 44 م', '2017-07-18'],
  ])('%s', (line, date) => expect(readDateStamp(line)?.date).toBe(date))
  it('leaves a sentence with numbers alone', () =>
    expect(readDateStamp('قتل 3 / 4 من الجنود في الهجوم على القاعدة')).toBeNull())
})

describe('readDateStamp, machine timestamps', () => {
  it.each([
    ['2017-04-02T12:29:00+01:00', '2017-04-02'],
    ['2021-11-30 08:05', '2021-11-30'],
    ['تاريخ النشر: 2019-06-01T09:31:00Z', '2019-06-01'],
  ])('%s', (line, date) => expect(readDateStamp(line)?.date).toBe(date))
})

describe('chromeOutlet', () => {
  it.each([
    ['جميع الحقوق محفوظة © صحيفة المدار 2019', 'المدار'],
    ['الوئام © 2016', 'الوئام'],
    ['نجمة أف أم - جميع الحقوق محفوظة', 'نجمة أف أم'],
    ['الوادي - كل الحقوق محفوظة', 'الوادي'],
    ['حقوق الطبع والنشر محفوظة لـالوادي', 'الوادي'],
    ['حقوق النشر: الوادي', 'الوادي'],
    ['الوادي | حقوق النشر محفوظة', 'الوادي'],
    ['حقوق النشر © 2015 الوادي', 'الوادي'],
    ['الوادي © جميع الحقوق محفوظة', 'الوادي'],
    ['حقوق النشر محفوظة لـ نجمة أف أم 2019', 'نجمة أف أم'],
    ['جميع الحقوق محفوظة لصحيفة المدار 2010 - 2019', 'المدار'],
  ])('%s', (line, outlet) => {
    expect(chromeOutlet(line)).toBe(outlet)
  })
})
