/**
 * What the seed page (seeds/000_071eff8cf92bc83d.txt) must become, as the reader sees it.
 * Ids are content hashes chosen by the ingest, so tests look them up in the built data
 * instead of hard-coding them.
 */
import type { APIRequestContext } from '@playwright/test'
import { feedPageSchema, dataPaths } from '@/core/schema.ts'

export const IRAQ = {
  title: 'توجه نحو نموذج جديد في العلاقة بين العراق والولايات المتحدة',
  outlet: 'المسلة',
  author: 'زين',
  dateline: 'بغداد',
  keywords: ['القوات الأمیرکیة', 'مهمة التحالف'],
  firstWords: 'تستمر المحادثات بين بغداد وواشنطن',
  credit: 'المسلة – متابعة – وكالات',
  disclaimerStart: 'النص الذي يتضمن اسم الكاتب',
  topic: 'iraq-us',
  topicLabel: 'العلاقات العراقية الأمريكية',
} as const

export const ALGERIA = {
  title: 'قائد الأفريكوم: الجزائر والولايات المتحدة الأمريكية ستواصلان حماية سلم الشعوب',
  outlet: 'النهار',
  firstWords: 'أكد قائد القيادة العسكرية الأمريكية',
  topic: 'algeria-africom',
  topicLabel: 'الجزائر وأفريكوم',
} as const

/** Looks up an article id by its title in the built feed. */
export async function articleIdByTitle(request: APIRequestContext, title: string): Promise<string> {
  const response = await request.get(`/data/${dataPaths.feedPage(dataPaths.allList, 1)}`)
  const page = feedPageSchema.parse(await response.json())
  const item = page.items.find((article) => article.title === title)
  if (!item) throw new Error(`no article titled ${title} in the built feed`)
  return item.id
}
