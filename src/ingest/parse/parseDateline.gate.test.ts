/** The dateline gate turns a paragraph away only when no dateline shape could match it. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldText } from './foldedText.ts'
import { DATELINE_GATE, DATELINE_SHAPES, parseDateline } from './parseDateline.ts'

const matchesAnyShape = (folded: string) => DATELINE_SHAPES.some((shape) => shape.test(folded))
const passesGate = (folded: string) => DATELINE_GATE.test(folded)

/** Words, spaces and every character the shapes use, so random lines hit every shape. */
const PIECES = [
  'بغداد',
  'من',
  'الوادي',
  'واشنطن',
  'رويترز',
  'أ',
  'ف',
  'ب',
  'وكالة',
  'الأنباء',
  'قال',
  'الوزير',
  'إن',
  ' ',
  ' ',
  ' ',
  '  ',
  '\u00A0',
  '-',
  '–',
  '—',
  ':',
  '/',
  '|',
  '،',
  ',',
  '(',
  ')',
  '«',
  '»',
  '"',
  '.',
  '12',
  '2021',
  '7',
  'ـ',
  'َ',
  'AFP',
  '١٢',
]

describe('the dateline gate', () => {
  it('lets through every line a dateline shape matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const folded = foldText(pieces.join('')).folded
        if (matchesAnyShape(folded)) expect(passesGate(folded), folded).toBe(true)
      }),
      { numRuns: 20_000 },
    )
  })

  it('turns away plain sentences and keeps the datelines of every shape', () => {
    for (const sentence of ['قال الوزير إن الاتفاق سيوقع غدا، وفق مصادر.', 'الاتفاق سيوقع غدا.'])
      expect(passesGate(foldText(sentence).folded)).toBe(false)
    const datelines = [
      'بغداد / «الوادي» : قال',
      'بغداد | الوادي | قال',
      'واشنطن، 24 سبتمبر (رويترز) - قال',
      'لندن 24-7-2012 وفا- قال',
      'طرابلس، النهار - قال',
      'بغداد- «الوادي»: قال',
      'بغداد - الوادي: قال',
      'بغداد - الوادي - قال',
      '(الوادي) بغداد - قال',
      '(أ ف ب) - قال',
      'من بغداد: قال',
    ]
    for (const line of datelines) {
      const folded = foldText(line).folded
      expect(matchesAnyShape(folded), line).toBe(true)
      expect(passesGate(folded), line).toBe(true)
    }
    expect(parseDateline('واشنطن، 24 سبتمبر (رويترز) - قال الوزير')?.outlet).toBe('رويترز')
  })
})
