import { describe, expect, it } from 'vitest'
import { readByline } from './byline.ts'

describe('readByline', () => {
  it.each([
    ['سلمى الراشد – عين الخليج', { author: 'سلمى الراشد', outlet: 'عين الخليج', place: null, credit: null }],
    ['عين الخليج – مكة المكرمة', { author: null, outlet: 'عين الخليج', place: 'مكة المكرمة', credit: null }],
    ['مرصد الشرق – لبنان', { author: null, outlet: 'مرصد الشرق', place: 'لبنان', credit: null }],
    ['مرصد الشرق – بيروت / دمشق', { author: null, outlet: 'مرصد الشرق', place: 'بيروت / دمشق', credit: null }],
    ['مسلّم الدوسري ـ عين الخليج', { author: 'مسلّم الدوسري', outlet: 'عين الخليج', place: null, credit: null }],
    ['عين الخليج – متابعات', { author: null, outlet: 'عين الخليج', place: null, credit: 'متابعات' }],
    ['فهد العمري – الباحة', { author: 'فهد العمري', outlet: null, place: 'الباحة', credit: null }],
    ['الرياض - واس', { author: null, outlet: 'واس', place: 'الرياض', credit: null }],
    // A writer's name may open with the article; one made only of such words is a place.
    ['عين الخليج – الهادي نويرة', { author: 'الهادي نويرة', outlet: 'عين الخليج', place: null, credit: null }],
    ['الطاهر بن علي – الباحة', { author: 'الطاهر بن علي', outlet: null, place: 'الباحة', credit: null }],
    [
      'عبدالله بن محمد آل الشيخ – عين الخليج',
      { author: 'عبدالله بن محمد آل الشيخ', outlet: 'عين الخليج', place: null, credit: null },
    ],
    ['عين الخليج – المدينة المنورة', { author: null, outlet: 'عين الخليج', place: 'المدينة المنورة', credit: null }],
  ])('%s', (line, byline) => {
    expect(readByline(line)).toEqual(byline)
  })

  it.each([
    'السعودية - إيران',
    'العراق - الولايات المتحدة',
    'الهلال يفوز على النصر - الرياض',
    'الطلاب المتفوقون في اختبارات الجمعية',
    'حسن معاذ',
  ])('%s is not a byline', (line) => {
    expect(readByline(line)).toBeNull()
  })
})
