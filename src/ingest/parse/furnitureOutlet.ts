/**
 * The outlet a furniture line names, read once pageFurniture.ts has said what the line is: a
 * credit (`المسلة – متابعة`, `قسم الأخبار – الوادي`) or a disclaimer (`… لا تمثل بالضرورة رأي
 * الوادي`). Generic holders (`الموقع`, `الصحيفة`, a desk) name none.
 */
import { namesMedium, outletOrNull } from './parseDateline.ts'
import { withoutMarks } from './withoutMarks.ts'

/** `خدمة الوادي الإخبارية`, `نشرة الوادي للأخبار`: an outlet's news service, named in the middle. */
export const NEWS_SERVICE = /^(?:خدمة|نشرة)\s+(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:الإخبارية|الاخبارية|للأخبار|الإخباري)$/u

/** `محرر الوادي الاقتصادي`, `مراسل الوادي الرياضي`: the outlet's desk for a beat, named in the middle. */
export const BEAT_DESK =
  /^(?:محرر|المحرر|محررة|مراسل|مراسلة|مندوب)\s+(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:الاقتصادي|السياسي|الرياضي|الثقافي|الفني|البرلماني|المحلي|الدولي|العلمي|الأمني|القضائي)$/u

/** The outlet a credit line names: its first segment that names one (`المسلة – متابعة`, `متابعة – المسلة`). */
export function creditOutlet(credit: string): string | null {
  // `المحرر: فريق الوادي`, `إعداد: قسم الأخبار – الوادي`: a desk of the outlet, named after it.
  const desk =
    /(?:^|[:：])\s*(?:فريق|قسم|أسرة|اسرة|هيئة تحرير|مكتب|وحدة|غرفة)(?:\s+(?:ال\p{L}+|\p{L}+\s+[-–—]))?(?:\s*[-–—]\s*|\s+(?:في|لدى)\s+|\s+)(\p{L}+(?:\s+\p{L}+){0,2})$/u.exec(
      credit,
    )
  if (desk?.[1] && !/^(?:الأخبار|الاخبار|التحرير|الموقع|المحررين)$/u.test(desk[1])) return outletOrNull(desk[1])
  const service = NEWS_SERVICE.exec(credit)?.[1] ?? BEAT_DESK.exec(credit)?.[1]
  if (service) return outletOrNull(service)
  // `تحرير الوادي`, `متابعة: الوادي`, `تحرير جوهرة أف أم`: one word with the article, or a name that
  // says it is a medium, is the outlet's desk; `تحرير: سارة محمود` names a person, not an outlet.
  const named = /^(?:تحرير|متابعة|إعداد|ترجمة|رصد|تغطية)\s*[:：]?\s*(\p{L}+(?:\s+\p{L}+){0,2})$/u.exec(credit)?.[1]
  if (named) return /^ال\p{L}+$/u.test(named) || namesMedium(named) ? outletOrNull(named) : null
  // `الوادي (خاص)`: the outlet's own report.
  const own = /^(\p{L}+(?:\s+\p{L}+){0,2})\s*\(\s*(?:خاص|حصري|حصريا)\s*\)$/u.exec(credit)?.[1]
  if (own) return outletOrNull(own)
  if (/[:：]/u.test(credit)) return null
  const segments = credit.split(/\s*[-–—/|]\s*/u).map((s) => s.replace(/^\(|\)$/gu, '').trim())
  return segments.map((s) => outletOrNull(s)).find((s) => s !== null && s.length > 0) ?? null
}

/**
 * The outlet a disclaimer names: `… ولا تمثل بالضرورة رأي الوادي`, `… لا تعبّر عن سياسة الوادي
 * التحريرية`, `الوادي ليست مسؤولة عن آراء الكتاب`. Generic holders (`الموقع`, `الصحيفة`) name none.
 */
export function disclaimerOutlet(disclaimer: string): string | null {
  // A label before the disclaimer (`إخلاء مسؤولية: …`, `تنويه: …`) is not part of what it says.
  const text = withoutMarks(disclaimer)
    .replace(/[\s.!]+$/u, '')
    .replace(/^[^:：]{1,24}[:：]\s*/u, '')
  // `… الخط التحريري لـالوادي`, `… السياسة التحريرية لصحيفة الوادي`, `… لليوم` (ل before ال drops its alif).
  const editorialLine =
    /(?:الخط|السياسة|التوجه|التوجهات|النهج)\s+(?:التحريري|التحريرية)\s+ل(ل)?\s*(?:(?:صحيفة|جريدة|موقع|مجلة|قناة)\s+)?(\p{L}+(?:\s+\p{L}+){0,2})$/u.exec(
      text,
    )
  if (editorialLine?.[2]) {
    const name = editorialLine[1] ? `ا${editorialLine[1]}${editorialLine[2]}` : editorialLine[2]
    return GENERIC_HOLDERS.test(name) ? null : outletOrNull(name)
  }
  const named =
    /(?:رأي|موقف|سياسة|توجهات|خط|وجهة نظر)\s+(?:(?:صحيفة|جريدة|موقع|إدارة|ادارة|أسرة|اسرة)\s+)?(\p{L}+(?:\s+\p{L}+){0,2}?)(?:\s+(?:التحريرية|التحريري))?(?:\s+(?:أو|او|ولا)\s+\p{L}+(?:\s+(?:التحريرية|التحريري))?|\s+و\p{L}+ها(?:\s+(?:التحريرية|التحريري))?)?$/u.exec(
      text,
    )?.[1] ??
    // `… لا تلزم الوادي`, `لا تتحمل الوادي أي مسؤولية …`
    /لا\s+[تي]لزم\s+(\p{L}+(?:\s+\p{L}+){0,2})$/u.exec(text)?.[1] ??
    /^لا\s+[تي]تحمل\s+(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:أي|أية|اية|اي)\s/u.exec(text)?.[1] ??
    /^(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:(?:ليست|ليس|غير)\s+(?:مسؤولة|مسؤول|مسئولة|مسئول)|(?:تخلي|يخلي|تخلى|يخلى)\s)/u.exec(
      text,
    )?.[1]
  if (!named || GENERIC_HOLDERS.test(named)) return null
  return outletOrNull(named)
}

/** Who a disclaimer speaks for when it names no outlet: the site, the paper, the editors, the writer. */
const GENERIC_HOLDERS =
  /^(?:ال)?(?:موقع|صحيفة|جريدة|تحرير|إدارة|ادارة|كاتب|كتاب|كاتبه|كاتبها|كاتبيها|كتابها|صاحبه|صاحبها|أصحابها|الناشر|ناشر|مجلة|قناة|شبكة|منصة|مؤسسة)(?:\s|$)|^(?:هيئة التحرير|أسرة التحرير)/u
