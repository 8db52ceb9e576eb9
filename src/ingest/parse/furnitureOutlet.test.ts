import { describe, expect, it } from 'vitest'
import { creditOutlet, disclaimerOutlet } from './furnitureOutlet.ts'
import { classifyLine } from './pageFurniture.ts'

describe('creditOutlet', () => {
  it('is the credit line’s first segment unless that is a credit word', () => {
    expect(creditOutlet('المسلة – متابعة – وكالات')).toBe('المسلة')
    expect(creditOutlet('الاتحاد – خاص')).toBe('الاتحاد')
    expect(creditOutlet('متابعة – المسلة')).toBe('المسلة')
    expect(creditOutlet('متابعة – وكالات')).toBeNull()
    expect(creditOutlet('(وكالات)')).toBeNull()
  })
})

describe('creditOutlet, a desk named after its outlet', () => {
  it.each([
    ['المحرر: فريق الوادي', 'الوادي'],
    ['إعداد: قسم الأخبار – الوادي', 'الوادي'],
    ['وحدة الرصد - الوادي', 'الوادي'],
    ['محرر الوادي الاقتصادي', 'الوادي'],
    ['ترجمة: الوادي', 'الوادي'],
    ['تغطية: الوادي', 'الوادي'],
    ['تحرير: سارة محمود', null],
  ])('%s → %s', (line, outlet) => {
    expect(classifyLine(line).kind).toBe('credit')
    expect(creditOutlet(line)).toBe(outlet)
  })
})

describe('disclaimerOutlet', () => {
  it.each([
    ['جميع الآراء الواردة تخصّ أصحابها ولا تعبّر عن سياسة النيلين التحريرية', 'النيلين'],
    ['المقالات المنشورة تعبر عن آراء كتابها ولا تمثل بالضرورة رأي الساحل اليوم', 'الساحل اليوم'],
    ['الوادي ليست مسؤولة عن آراء الكتاب', 'الوادي'],
    ['إخلاء مسؤولية: الوادي غير مسؤول عن محتوى مقالات الرأي', 'الوادي'],
    ['الوادي تخلي مسؤوليتها عن محتوى هذا المقال', 'الوادي'],
    ['هذا المقال يمثل رأي صاحبه', null],
    ['المقالات المنقولة تعبر عن آراء كاتبيها ولا تعكس بالضرورة موقف نبض المدينة أو سياستها التحريرية.', 'نبض المدينة'],
    ['المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع', null],
    ['الآراء الواردة تعبر عن أصحابها ولا تعكس بالضرورة موقف الصحيفة', null],
    ['المقال يعبر عن رأي كاتبه ولا يمثل بالضرورة الخط التحريري لـالساحل', 'الساحل'],
    ['المقال يعبر عن رأي كاتبه ولا يمثل بالضرورة الخط التحريري لصحيفة نبض المدينة', 'نبض المدينة'],
    ['المقال يعبر عن رأي كاتبه ولا يمثل بالضرورة السياسة التحريرية للساحل', 'الساحل'],
    ['المقال يعبر عن رأي كاتبه ولا يمثل بالضرورة الخط التحريري للموقع', null],
  ])('%s names %s', (line, outlet) => {
    expect(classifyLine(line).kind).toBe('disclaimer')
    expect(disclaimerOutlet(line)).toBe(outlet)
  })
})
