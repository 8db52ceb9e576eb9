import { describe, expect, it } from 'vitest'
import { choosePublishDate, parseDateLine, parseDateText } from './parseDate.ts'

describe('parseDateLine', () => {
  it.each([
    ['تاريخ النشر: 24th, September 2024 GMT', '2024-09-24', 'publish'],
    ['3rd, March 2025 GMT', '2025-03-03', 'plain'],
    ['1st, January 2025', '2025-01-01', 'plain'],
    ['21 جويلية 2015 على الساعة 14:30', '2015-07-21', 'plain'],
    ['22nd, May 2023 GMT', '2023-05-22', 'plain'],
    ['September 24, 2024', '2024-09-24', 'plain'],
    ['24 سبتمبر، 2024', '2024-09-24', 'plain'],
    ['٢٤ سبتمبر، ٢٠٢٤', '2024-09-24', 'plain'],
    ['5 يونيه 2022', '2022-06-05', 'plain'],
    ['الثلاثاء ٣ تشرين الأول ٢٠٢٣', '2023-10-03', 'plain'],
    ['12 كانون الثاني 2021', '2021-01-12', 'plain'],
    ['1 آذار 2020', '2020-03-01', 'plain'],
    ['٢٦ / ٧ / ٢٠١٥', '2015-07-26', 'plain'],
    ['2015 / 7 / 26', '2015-07-26', 'plain'],
    ['9 أيار 2019 - 10:30 ص', '2019-05-09', 'plain'],
    ['15 آب 2018', '2018-08-15', 'plain'],
    ['الأربعاء 3 جويلية 2024م', '2024-07-03', 'plain'],
    ['تاريخ النشر: ١٥ جويلية ٢٠٢٤', '2024-07-15', 'publish'],
    ['10 فيفري 2024', '2024-02-10', 'plain'],
    ['1 أوت 2023', '2023-08-01', 'plain'],
    ['٣ شتنبر ٢٠٢٤', '2024-09-03', 'plain'],
    ['20 دجنبر 2022', '2022-12-20', 'plain'],
    ['24-7-2012', '2012-07-24', 'plain'],
    ['2012-07-24', '2012-07-24', 'plain'],
    ['04/أبريل/2021', '2021-04-04', 'plain'],
    ['نشر في: الأربعاء 04/أبريل/2021', '2021-04-04', 'publish'],
    ['آخر تحديث: 25/09/2024 - 11:02', '2024-09-25', 'update'],
    ['السبت 21 ربيع الأول 1446 هـ الموافق 24 سبتمبر 2024م', '2024-09-24', 'plain'],
    ['Posted on September 24, 2024 by admin', '2024-09-24', 'publish'],
    ['منذ 3 ساعات', null, 'plain'],
    ['قبل يومين', null, 'plain'],
  ])('%s → %s', (line, date, label) => {
    expect(parseDateLine(line)).toEqual({ date, label })
  })

  it('takes a labelled line whose date cannot be read as a date line without a date', () => {
    expect(parseDateLine('تاريخ النشر: منذ ساعتين')).toEqual({ date: null, label: 'publish' })
    expect(parseDateLine('21 ربيع الأول 1446 هـ')).toEqual({ date: null, label: 'plain' })
  })

  it.each([
    'توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة',
    'بيروت 24 سبتمبر 2024',
    'خروج مئات من قوات التحالف بحلول سبتمبر 2025',
    'الأحد',
    '',
  ])('is not fooled by a line that says more than a date: %s', (line) => {
    expect(parseDateLine(line)).toBeNull()
  })

  it('rejects impossible dates', () => {
    expect(parseDateLine('31 أبريل 2024')).toBeNull()
    expect(parseDateLine('30-2-2024')).toBeNull()
    expect(parseDateLine('24 سبتمبر 1024')).toBeNull()
  })

  it('reads month-first numeric dates only when the day cannot be a month', () => {
    expect(parseDateText('7/24/2012')).toBe('2012-07-24')
    expect(parseDateText('4/7/2012')).toBe('2012-07-04')
  })
})

describe('choosePublishDate', () => {
  it('prefers the تاريخ النشر line and warns when the date lines disagree', () => {
    const chosen = choosePublishDate([
      { date: '2025-03-02', label: 'plain' },
      { date: '2025-03-03', label: 'publish' },
    ])
    expect(chosen.date).toBe('2025-03-03')
    expect(chosen.warning).toMatch(/disagree.*2025-03-02.*used 2025-03-03/)
  })

  it('uses an update date only when nothing else is dated, and does not warn about it', () => {
    expect(
      choosePublishDate([
        { date: '2024-07-15', label: 'publish' },
        { date: '2024-07-16', label: 'update' },
      ]),
    ).toEqual({
      date: '2024-07-15',
      warning: null,
    })
    expect(choosePublishDate([{ date: '2024-07-16', label: 'update' }]).date).toBe('2024-07-16')
    expect(choosePublishDate([{ date: null, label: 'publish' }])).toEqual({ date: null, warning: null })
  })
})
