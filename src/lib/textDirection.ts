/**
 * The direction of a piece of article text. `dir="auto"` takes the first strong letter, so an
 * Arabic paragraph that opens with a Latin name ("AFRICOM …") or a URL would be laid out left to
 * right, its Arabic words in reverse order. Any Arabic letter makes the text right to left; only
 * text without one (an English quotation) runs left to right. Inside the paragraph the Unicode
 * bidi algorithm keeps Latin runs and numbers in their own order.
 */
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/

export function contentDirection(text: string): 'rtl' | 'ltr' {
  return ARABIC_LETTER.test(text) ? 'rtl' : 'ltr'
}
