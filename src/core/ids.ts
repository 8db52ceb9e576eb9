/**
 * Article and topic ids (docs/contract.md): the patterns the data-contract schemas check (schema.ts), and
 * the same checks without zod, for code on the first screen that must not carry the validator
 * (a URL's `?topic=`, the device's read marks).
 */
export const ARTICLE_ID_PATTERN = /^[a-z0-9-]{1,80}$/
export const TOPIC_ID_PATTERN = /^[a-z0-9-]{1,40}$/

export function isArticleId(value: unknown): value is string {
  return typeof value === 'string' && ARTICLE_ID_PATTERN.test(value)
}

export function isTopicId(value: unknown): value is string {
  return typeof value === 'string' && TOPIC_ID_PATTERN.test(value)
}
