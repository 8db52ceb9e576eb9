import { describe, expect, it } from 'vitest'
import { oneTopicFilter, prerenderedFile } from './prerenderedPages.ts'

const at = (path: string) => new URL(path, 'https://sahifa.example')

describe('prerendered pages', () => {
  it('names the file of each prerendered address', () => {
    expect(prerenderedFile('/')).toBe('index.html')
    expect(prerenderedFile('/articles/a-1f')).toBe('articles/a-1f.html')
    expect(prerenderedFile('/topics/iraq-us')).toBe('topics/iraq-us.html')
    expect(prerenderedFile('/?topic=iraq-us')).toBe('feed-filters/iraq-us.html')
  })

  it('takes a filter of exactly one well-formed topic, and nothing else in the query, as a page', () => {
    expect(oneTopicFilter(at('/?topic=iraq-us'))).toBe('iraq-us')
    expect(oneTopicFilter(at('/?topic=a&topic=b'))).toBeNull()
    expect(oneTopicFilter(at('/?topic=a&page=2'))).toBeNull()
    expect(oneTopicFilter(at('/?topic=..%2Fx'))).toBeNull()
    expect(oneTopicFilter(at('/topics/a?topic=a'))).toBeNull()
    expect(oneTopicFilter(at('/'))).toBeNull()
  })
})
