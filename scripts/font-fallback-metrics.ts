/**
 * Computes the metric-matched local fallbacks in src/styles/font-fallbacks.css: for each web font
 * face the first screen uses, a local face scaled (size-adjust) so Arabic text runs the same
 * length, with the web font's own ascent, descent and line gap (read from the woff2's hhea and
 * head tables), so swapping fallback → web font moves nothing.
 *
 *   npx tsx scripts/font-fallback-metrics.ts   (prints the CSS; widths measured in Chromium)
 */
import { readFileSync } from 'node:fs'
import { brotliDecompressSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium.ts'

const KNOWN_TAGS = [
  'cmap',
  'head',
  'hhea',
  'hmtx',
  'maxp',
  'name',
  'OS/2',
  'post',
  'cvt ',
  'fpgm',
  'glyf',
  'loca',
  'prep',
  'CFF ',
  'VORG',
  'EBDT',
  'EBLC',
  'gasp',
  'hdmx',
  'kern',
  'LTSH',
  'PCLT',
  'VDMX',
  'vhea',
  'vmtx',
  'BASE',
  'GDEF',
  'GPOS',
  'GSUB',
  'EBSC',
  'JSTF',
  'MATH',
  'CBDT',
  'CBLC',
  'COLR',
  'CPAL',
  'SVG ',
  'sbix',
  'acnt',
  'avar',
  'bdat',
  'bloc',
  'bsln',
  'cvar',
  'fdsc',
  'feat',
  'fmtx',
  'fvar',
  'gvar',
  'hsty',
  'just',
  'lcar',
  'mort',
  'morx',
  'opbd',
  'prop',
  'trak',
  'Zapf',
  'Silf',
  'Glat',
  'Gloc',
  'Feat',
  'Sill',
]

export interface VerticalMetrics {
  unitsPerEm: number
  ascender: number
  descender: number
  lineGap: number
}

/** The head and hhea tables of a woff2 file (WOFF2 §5: table directory, then one brotli stream). */
export function woff2Metrics(file: Buffer): VerticalMetrics {
  if (file.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a woff2 file')
  const numTables = file.readUInt16BE(12)
  const compressedLength = file.readUInt32BE(20)
  let offset = 48
  const base128 = () => {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const byte = file[offset++] ?? 0
      value = value * 128 + (byte & 0x7f)
      if ((byte & 0x80) === 0) return value
    }
    throw new Error('bad UIntBase128')
  }
  const tables: { tag: string; length: number }[] = []
  for (let i = 0; i < numTables; i++) {
    const flags = file[offset++] ?? 0
    let tag = KNOWN_TAGS[flags & 0x3f]
    if ((flags & 0x3f) === 63) {
      tag = file.toString('latin1', offset, offset + 4)
      offset += 4
    }
    const transform = flags >> 6
    const origLength = base128()
    // glyf/loca are transformed at version 0; any other table only at a non-zero version.
    const transformed = tag === 'glyf' || tag === 'loca' ? transform === 0 : transform !== 0
    const length = transformed ? base128() : origLength
    tables.push({ tag: tag ?? '?', length })
  }
  const stream = brotliDecompressSync(file.subarray(offset, offset + compressedLength))
  const starts = new Map<string, number>()
  let at = 0
  for (const table of tables) {
    starts.set(table.tag, at)
    at += table.length
  }
  const head = starts.get('head')
  const hhea = starts.get('hhea')
  if (head === undefined || hhea === undefined) throw new Error('woff2 without head or hhea')
  return {
    unitsPerEm: stream.readUInt16BE(head + 18),
    ascender: stream.readInt16BE(hhea + 4),
    descender: stream.readInt16BE(hhea + 6),
    lineGap: stream.readInt16BE(hhea + 8),
  }
}

/** Our own sample: the letters, joins and word lengths of a feed card's Arabic text. */
const SAMPLE =
  'أعلنت الحكومة اليوم عن خطة جديدة لتطوير التعاون بين البلدين في مجالات الأمن والاقتصاد والتعليم، وقال المتحدث إن المحادثات ستستمر خلال الأسابيع المقبلة'

interface Face {
  family: string
  fallbackFamily: string
  weight: number
  file: string
  /** The local face to scale: the one Chromium falls back to for Arabic on the build and test machines (Debian). */
  local: string[]
  /** For a subset's face: its unicode-range and a sample of its characters (default: Arabic, no range). */
  unicodeRange?: string
  sample?: string
}

const ARABIC_FACES: Face[] = [
  {
    family: 'Noto Naskh Arabic',
    fallbackFamily: 'Noto Naskh Arabic Fallback',
    weight: 400,
    file: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
    local: ['DejaVu Sans'],
  },
  {
    family: 'Noto Naskh Arabic',
    fallbackFamily: 'Noto Naskh Arabic Fallback',
    weight: 700,
    file: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
    local: ['DejaVu Sans Bold'],
  },
  {
    family: 'IBM Plex Sans Arabic',
    fallbackFamily: 'IBM Plex Sans Arabic Fallback',
    weight: 400,
    file: 'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2',
    local: ['DejaVu Sans'],
  },
  {
    family: 'IBM Plex Sans Arabic',
    fallbackFamily: 'IBM Plex Sans Arabic Fallback',
    weight: 600,
    file: 'ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-600-normal.woff2',
    local: ['DejaVu Sans Bold'],
  },
]

/**
 * The same faces for digits and Latin letters (the Latin subsets' unicode-range, as in fonts.css):
 * Latin runs scale differently from Arabic ones, and the counts on the topic chips are digits, so
 * with the Arabic scale alone a chip row could wrap differently once the web font arrived.
 */
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212'
const LATIN_SAMPLE = 'AFRICOM 2026, 1,234 articles — 98% 0123456789 Latest news'
const FACES: Face[] = [
  ...ARABIC_FACES,
  ...ARABIC_FACES.map((face) => ({
    ...face,
    file: face.file.replace('-arabic-arabic-', '-arabic-latin-'),
    unicodeRange: LATIN_RANGE,
    sample: LATIN_SAMPLE,
  })),
]

const percent = (value: number) => `${(value * 100).toFixed(2)}%`

async function main() {
  const browser = await chromium.launch(chromiumLaunchOptions())
  const page = await browser.newPage()
  const css: string[] = []
  for (const face of FACES) {
    const woff2 = readFileSync(`node_modules/@fontsource/${face.file}`)
    const metrics = woff2Metrics(woff2)
    const widths = await page.evaluate(
      async ({ data, weight, local, sample }) => {
        const font = new FontFace('Measured', `url(data:font/woff2;base64,${data})`, { weight: String(weight) })
        document.fonts.add(await font.load())
        const span = document.createElement('span')
        span.textContent = sample
        span.style.fontSize = '100px'
        span.style.fontWeight = String(weight)
        span.style.whiteSpace = 'nowrap'
        document.body.append(span)
        span.style.fontFamily = 'Measured'
        const web = span.getBoundingClientRect().width
        // The local face exactly as the CSS declares it (a family name such as "DejaVu Sans Bold"
        // matches nothing in font-family: measured that way, the bold faces came out 24% too wide).
        const local_ = new FontFace('MeasuredFallback', local.map((name) => `local("${name}")`).join(', '), {
          weight: String(weight),
        })
        document.fonts.add(await local_.load())
        span.style.fontFamily = 'MeasuredFallback'
        const fallback = span.getBoundingClientRect().width
        document.fonts.delete(local_)
        document.fonts.delete(font)
        span.remove()
        return { web, fallback }
      },
      { data: woff2.toString('base64'), weight: face.weight, local: face.local, sample: face.sample ?? SAMPLE },
    )
    const sizeAdjust = widths.web / widths.fallback
    const em = metrics.unitsPerEm * sizeAdjust
    css.push(`@font-face {
  font-family: '${face.fallbackFamily}';
  font-weight: ${face.weight};
  src: ${face.local.map((name) => `local('${name}')`).join(', ')};
  size-adjust: ${percent(sizeAdjust)};
  ascent-override: ${percent(metrics.ascender / em)};
  descent-override: ${percent(-metrics.descender / em)};
  line-gap-override: ${percent(metrics.lineGap / em)};${face.unicodeRange === undefined ? '' : `\n  unicode-range: ${face.unicodeRange};`}
}`)
  }
  await browser.close()
  console.log(css.join('\n\n'))
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
