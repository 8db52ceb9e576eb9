import { describe, expect, it } from 'vitest'
import { leadDate } from './leadDate.ts'

describe('leadDate', () => {
  it.each([
    ['أعلنت الوزارة اليوم الإثنين 15 مارس 2021 أن الخطة بدأت', '2021-03-15'],
    ['قال مسؤول مساء أمس الأحد الموافق 14/3/2021 إن الاجتماع انتهى', '2021-03-14'],
    ['أكد الوزير يوم الثلاثاء، 3 آذار 2025، أن المحادثات مستمرة', '2025-03-03'],
  ])('%s', (lead, date) => expect(leadDate(lead)).toBe(date))
  it('does not take a date the lead cites as history', () => {
    expect(leadDate('في 15 مارس 2003 بدأت الحرب التي غيرت وجه المنطقة')).toBeNull()
  })
})
