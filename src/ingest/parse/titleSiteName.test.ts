import { describe, expect, it } from 'vitest'
import { splitSiteName } from './titleSiteName.ts'

describe('splitSiteName', () => {
  it.each([
    ['انخفاض أسعار الوقود - اخبار النيل', 'انخفاض أسعار الوقود', 'اخبار النيل'],
    ['وزير الخارجية يزور بغداد | صحيفة الرواد', 'وزير الخارجية يزور بغداد', 'الرواد'],
    ['الهلال يفوز في الديربي - example-news.com', 'الهلال يفوز في الديربي', 'example-news.com'],
    ['الهلال يفوز في الديربي - المنارة', 'الهلال يفوز في الديربي', 'المنارة'],
  ])('%s → %s + %s', (title, head, site) => {
    expect(splitSiteName(title, ['المنارة'])).toEqual({ title: head, site })
  })
  it('keeps a dash that belongs to the headline', () => {
    expect(splitSiteName('العراق - الولايات المتحدة: محادثات جديدة', [])).toEqual({
      title: 'العراق - الولايات المتحدة: محادثات جديدة',
      site: null,
    })
    expect(splitSiteName('مباراة الهلال - النصر تنتهي بالتعادل', [])).toEqual({
      title: 'مباراة الهلال - النصر تنتهي بالتعادل',
      site: null,
    })
  })
})
