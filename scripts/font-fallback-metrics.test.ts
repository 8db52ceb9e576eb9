import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { woff2Metrics } from './font-fallback-metrics.ts'

const css = readFileSync('src/styles/font-fallbacks.css', 'utf8')

/** The generated fallback faces, with the values they were given. */
function fallbackFaces() {
  return [
    ...css.matchAll(
      /font-family: '([^']+ Fallback)';\s*font-weight: (\d+);[^}]*?size-adjust: ([\d.]+)%;\s*ascent-override: ([\d.]+)%;\s*descent-override: ([\d.]+)%;/g,
    ),
  ].map(([face, family, weight, size, ascent, descent]) => ({
    family,
    weight,
    subset: /unicode-range:/.test(css.slice(css.indexOf(face), css.indexOf('}', css.indexOf(face))))
      ? 'latin'
      : 'arabic',
    size: Number(size) / 100,
    ascent: Number(ascent) / 100,
    descent: Number(descent) / 100,
  }))
}

const FILES: Record<string, string> = {
  'Noto Naskh Arabic Fallback': 'noto-naskh-arabic/files/noto-naskh-arabic',
  'IBM Plex Sans Arabic Fallback': 'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic',
}

describe('metric-matched font fallbacks', () => {
  it('reads the vertical metrics of a woff2 file', () => {
    const metrics = woff2Metrics(
      readFileSync('node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'),
    )
    expect(metrics.unitsPerEm).toBeGreaterThanOrEqual(1000)
    expect(metrics.ascender).toBeGreaterThan(0)
    expect(metrics.descender).toBeLessThan(0)
  })

  it('give each first-screen face, Arabic and Latin subset, the web font’s own ascent and descent, at its size-adjust', () => {
    const faces = fallbackFaces()
    expect(faces).toHaveLength(8)
    expect(faces.filter((face) => face.subset === 'latin')).toHaveLength(4)
    for (const face of faces) {
      const metrics = woff2Metrics(
        readFileSync(`node_modules/@fontsource/${FILES[face.family ?? '']}-${face.subset}-${face.weight}-normal.woff2`),
      )
      const em = metrics.unitsPerEm * face.size
      expect(face.ascent).toBeCloseTo(metrics.ascender / em, 3)
      expect(face.descent).toBeCloseTo(-metrics.descender / em, 3)
      expect(face.size).toBeGreaterThan(0.7)
      expect(face.size).toBeLessThan(1.3)
    }
  })
})
