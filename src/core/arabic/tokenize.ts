/**
 * Splits text into normalized word tokens. Arabic letters, Latin letters and digits make words;
 * everything else (spaces, punctuation, quotes « » “ ”) separates them.
 */
import { normalize } from './normalize.ts'

const WORD = /[\p{L}\p{N}]+/gu

export function tokenize(text: string): string[] {
  return normalize(text).match(WORD) ?? []
}
