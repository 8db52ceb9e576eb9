import { describe, expect, it } from 'vitest'
import { stableJson } from './stableJson.ts'

describe('stableJson', () => {
  it('sorts keys at every depth by code unit, drops undefined, indents by two and ends in a newline', () => {
    const value = { b: 1, a: { z: [{ y: 2, x: undefined, w: 'و' }], Z: null }, ب: true, B: 'x' }
    expect(stableJson(value)).toBe(
      '{\n  "B": "x",\n  "a": {\n    "Z": null,\n    "z": [\n      {\n        "w": "و",\n        "y": 2\n      }\n    ]\n  },\n  "b": 1,\n  "ب": true\n}\n',
    )
  })

  it('keeps a "__proto__" key as an ordinary key', () => {
    const value = JSON.parse('{"b":1,"__proto__":{"polluted":true}}') as unknown
    expect(stableJson(value)).toBe('{\n  "__proto__": {\n    "polluted": true\n  },\n  "b": 1\n}\n')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
