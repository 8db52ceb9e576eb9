import { describe, expect, it } from 'vitest'
import { splitKeywords } from './keywords.ts'

const SEED_TEXT = [
  'توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة',
  'تستمر المحادثات بين بغداد وواشنطن بشأن مهمة التحالف الدولي في العراق.',
  'يعتقد أن مبررات بقاء القوات الأميركية لم تعد قائمة.',
]

describe('splitKeywords', () => {
  it('splits a delimiter-less run into the phrases the article itself uses (Persian letters kept)', () => {
    expect(splitKeywords('القوات الأمیرکیة مهمة التحالف', SEED_TEXT)).toEqual(['القوات الأمیرکیة', 'مهمة التحالف'])
  })

  it('matches phrases through proclitics, tashkeel and tatweel', () => {
    const text = ['أعلنت مكتبة الحـــي عن المسابقة قراءة عشرة كتب']
    expect(splitKeywords('مسابقة القراءة مكتبة الحي', text)).toEqual(['مسابقة القراءة', 'مكتبة الحي'])
  })

  it('keeps a word the article never uses as a phrase of its own', () => {
    expect(splitKeywords('سياسة مهمة التحالف', SEED_TEXT)).toEqual(['سياسة', 'مهمة التحالف'])
  })

  it('uses the delimiters when the line has them', () => {
    expect(splitKeywords('قوات التحالف، الانسحاب، واشنطن', SEED_TEXT)).toEqual(['قوات التحالف', 'الانسحاب', 'واشنطن'])
    expect(splitKeywords('العراق | أمريكا ; الأمن - الدفاع', [])).toEqual(['العراق', 'أمريكا', 'الأمن', 'الدفاع'])
    expect(splitKeywords('#العراق #واشنطن', [])).toEqual(['العراق', 'واشنطن'])
  })

  it('drops duplicates (compared normalized) and empty lines', () => {
    expect(splitKeywords('الأمريكية، الامريكيه، ', [])).toEqual(['الأمريكية'])
    expect(splitKeywords('  ', SEED_TEXT)).toEqual([])
  })
})
