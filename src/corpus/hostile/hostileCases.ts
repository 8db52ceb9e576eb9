/**
 * The hostile corpus, case by case: what each input is, how to write it, and what the ingest must
 * say about it (docs/contract.md: every file once, `ok`, `rejected` with a reason that says what to fix, or
 * `duplicate`). Good pages are mixed in so that the hostile ones are shown not to disturb them.
 * Everything is derived from the seed number: the same seed writes the same corpus.
 */
import { aggregatorPage, plainArticle, seededRandom } from './goodPages.ts'
import { encodeUtf16, encodeWindows1256 } from './encodings.ts'

export type Status = 'ok' | 'rejected' | 'duplicate'

export interface Expectation {
  readonly status: Status
  /** Source of a regular expression the reason must match (rejected and duplicate files). */
  readonly reason?: string
  /** Source of a regular expression one of the warnings must match. */
  readonly warning?: string
}

/** What lands on disk for a case; symbolic links and folders are not plain files. */
export type Entry =
  | { readonly kind: 'file'; readonly bytes: Uint8Array | (() => Iterable<Uint8Array>); readonly mode?: number }
  | { readonly kind: 'symlink'; readonly target: string }
  | { readonly kind: 'fifo' }
  /** A folder holding one page, then made unreadable (chmod 000). */
  | { readonly kind: 'locked-folder'; readonly page: Uint8Array }
  /** Nothing of its own: written by the case that creates its folder. */
  | { readonly kind: 'inside' }

export interface HostileCase {
  /** Path inside the corpus folder, `/`-separated: also the name the report gives it. */
  readonly name: string
  readonly why: string
  readonly entry: Entry
  /** null: the walk must not report it as a file (a folder loop, walked once). */
  readonly expect: Expectation | null
  /** When the ingest runs as root, permissions do not stop reading: what it must say then (null: not listed). */
  readonly expectAsRoot?: Expectation | null
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8')
const ok: Expectation = { status: 'ok' }
const LONG_LINE_MB = 1
const HUGE_MB = 20
export const READ_ALSO_MARKERS = 10_000

/** Random bytes with no file signature: "most of it is not text". */
function noise(seed: number, length: number): Uint8Array {
  const random = seededRandom(seed)
  return Uint8Array.from({ length }, () => Math.floor(random() * 256))
}

/** A large single-line file, written in chunks so the generator itself never holds it. */
function oneLine(megabytes: number): () => Iterable<Uint8Array> {
  const chunk = utf8('تستمر المحادثات بين الطرفين حول خطة جديدة للنقل في العاصمة '.repeat(1024))
  const count = Math.ceil((megabytes * 1024 * 1024) / chunk.length)
  return function* chunks() {
    for (let i = 0; i < count; i++) yield chunk
  }
}

/** The same article saved again by another tool: BOM, CRLF, tashkeel, doubled spaces, NBSP. */
function resaved(page: string): string {
  return `\uFEFF${page
    .replace(/ /g, (_, i: number) => (i % 7 === 0 ? '  ' : i % 11 === 0 ? '\u00A0' : ' '))
    .replace(/الحكومة/g, 'الحُكومَة')
    .replace(/\n/g, '\r\n')}`
}

export function hostileCases(seed: number): HostileCase[] {
  const good = Array.from({ length: 8 }, (_, i) => aggregatorPage(seed, i + 1))
  const page = (i: number): string => good[i] ?? ''
  const withNul = page(3).replace('اليوم', 'الي\u0000وم')
  const pageBytes = utf8(page(4))
  // Damage inside a UTF-8 page: a stray continuation byte and a lead byte with no continuation.
  const cut = pageBytes.indexOf(0x0a) + 20
  const damaged = Buffer.concat([
    pageBytes.subarray(0, cut),
    Buffer.from([0x80]),
    pageBytes.subarray(cut, cut + 40),
    Buffer.from([0xd8, 0x20]),
    pageBytes.subarray(cut + 40),
  ])
  const truncated = utf8(page(5)).subarray(0, utf8(page(5)).length - 2) // ends one byte into a two-byte letter
  const markerPage = [
    plainArticle(seed, 900),
    ...Array.from({ length: READ_ALSO_MARKERS }, (_, i) => `إقرأ أيضاً: عنوان خبر ذي صلة رقم ${i + 1}`),
  ].join('\n')
  const boilerplate = [
    'المسلة – متابعة – وكالات',
    'النص الذي يتضمن اسم الكاتب او الجهة او الوكالة، لايعبّر بالضرورة عن وجهة نظر المسلة',
    "About Post Author زينSee author's posts",
    'المصدر: المسلة',
    'كلمات دلالية: العراق',
    'إضغط على الصورة لتحميل تطبيق النهار للإطلاع على كل الآخبار على البلاي ستور',
  ].join('\n')
  // Same title and first paragraph, one paragraph added further down: the same article, edited.
  const editedLines = page(1).split('\n')
  editedLines.splice(4, 0, 'وأضاف المصدر تفصيلا لم يكن في النسخة الأولى من الخبر المنشور صباحا.')
  const edited = editedLines.join('\n')

  const file = (bytes: Uint8Array | (() => Iterable<Uint8Array>), mode?: number): Entry => ({
    kind: 'file',
    bytes,
    ...(mode === undefined ? {} : { mode }),
  })
  return [
    ...good.slice(0, 3).map((text, i): HostileCase => ({
      name: `good/page-${i + 1}.txt`,
      why: 'a good aggregator page',
      entry: file(utf8(text)),
      expect: ok,
    })),
    {
      name: 'good/plain-article.txt',
      why: 'a plain article without aggregator furniture',
      entry: file(utf8(plainArticle(seed, 1))),
      expect: ok,
    },
    {
      name: 'empty.txt',
      why: 'an empty file',
      entry: file(new Uint8Array()),
      expect: { status: 'rejected', reason: '^empty file.*: save the page again' },
    },
    {
      name: 'whitespace-only.txt',
      why: 'spaces, tabs, CRLF and NBSP only',
      entry: file(utf8(' \t\r\n  \u00A0\n\u200B\n')),
      expect: { status: 'rejected', reason: '^empty file' },
    },
    {
      name: 'image.png',
      why: 'a PNG image in the input folder',
      entry: file(
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(seed + 1, 2048)]),
      ),
      expect: { status: 'rejected', reason: 'PNG image.*remove it' },
    },
    {
      name: 'photo.jpg.txt',
      why: 'a JPEG saved with a .txt name',
      entry: file(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), noise(seed + 2, 4096)])),
      expect: { status: 'rejected', reason: 'JPEG image' },
    },
    {
      name: 'nul-bytes.txt',
      why: 'nothing but NUL bytes',
      entry: file(new Uint8Array(4096)),
      expect: { status: 'rejected', reason: '^binary file \\(100% control bytes\\)' },
    },
    {
      name: 'random-bytes.txt',
      why: 'binary noise without a file signature',
      entry: file(noise(seed + 3, 8192)),
      expect: { status: 'rejected', reason: '^binary file' },
    },
    {
      name: 'stray-nul.txt',
      why: 'a good page with one NUL inside a word: noise to strip',
      entry: file(utf8(withNul)),
      expect: { status: 'ok', warning: '^1 NUL character removed' },
    },
    {
      name: 'invalid-utf8.txt',
      why: 'a UTF-8 page with a stray continuation byte and a lone lead byte',
      entry: file(damaged),
      expect: { status: 'ok', warning: '^2 bytes that are not valid UTF-8 dropped' },
    },
    {
      name: 'truncated-utf8.txt',
      why: 'a UTF-8 page cut in the middle of its last letter',
      entry: file(truncated),
      expect: { status: 'ok', warning: 'ends in the middle of a character' },
    },
    {
      name: 'windows-1256.txt',
      why: 'a page in the legacy Arabic code page',
      entry: file(encodeWindows1256(plainArticle(seed, 2))),
      expect: { status: 'ok', warning: 'decoded as Windows-1256' },
    },
    {
      name: 'utf16le-bom.txt',
      why: 'UTF-16 little-endian with a BOM',
      entry: file(encodeUtf16(plainArticle(seed, 3), 'le')),
      expect: ok,
    },
    {
      name: 'utf16be-bom.txt',
      why: 'UTF-16 big-endian with a BOM',
      entry: file(encodeUtf16(plainArticle(seed, 4), 'be')),
      expect: ok,
    },
    {
      name: 'huge-20mb-one-line.txt',
      why: `a ${HUGE_MB} MB file on a single line`,
      entry: file(oneLine(HUGE_MB)),
      expect: { status: 'rejected', reason: '^file too large: 20\\.\\d MB, over the 2\\.0 MB cap.*\\(not read\\)' },
    },
    {
      name: 'long-1mb-one-line.txt',
      why: `a ${LONG_LINE_MB} MB single line, under the cap: read and parsed like any page`,
      entry: file(oneLine(LONG_LINE_MB)),
      expect: ok,
    },
    {
      name: 'read-also-10000.txt',
      why: `${READ_ALSO_MARKERS} read-also markers in one page`,
      entry: file(utf8(markerPage)),
      expect: ok,
    },
    {
      name: 'boilerplate-only.txt',
      why: 'credit, disclaimer, author, source, keywords and promo, no article',
      entry: file(utf8(boilerplate)),
      expect: { status: 'rejected', reason: '^no article text: only page furniture.*save the whole article page' },
    },
    { name: 'name with spaces.txt', why: 'spaces in the name', entry: file(utf8(page(6))), expect: ok },
    { name: 'خبر عاجل من بغداد.txt', why: 'an Arabic file name', entry: file(utf8(plainArticle(seed, 5))), expect: ok },
    {
      name: `quote's "double".txt`,
      why: 'single and double quotes in the name',
      entry: file(utf8(plainArticle(seed, 6))),
      expect: ok,
    },
    {
      name: '-rf.txt',
      why: 'a leading dash (looks like an option)',
      entry: file(utf8(plainArticle(seed, 7))),
      expect: ok,
    },
    {
      name: '--in.txt',
      why: 'a leading double dash (looks like the ingest option)',
      entry: file(utf8(plainArticle(seed, 8))),
      expect: ok,
    },
    {
      name: '$(touch pwned).txt',
      why: 'shell syntax in the name: must stay a name',
      entry: file(utf8(plainArticle(seed, 9))),
      expect: ok,
    },
    {
      name: 'unreadable.txt',
      why: 'a good page without read permission (chmod 000)',
      entry: file(utf8(plainArticle(seed, 10)), 0o000),
      expect: { status: 'rejected', reason: '^cannot read the file \\(EACCES\\): no read permission.*chmod a\\+r' },
      expectAsRoot: ok,
    },
    {
      name: 'locked-folder',
      why: 'a folder without read permission (chmod 000) holding a page',
      entry: { kind: 'locked-folder', page: utf8(plainArticle(seed, 12)) },
      expect: { status: 'rejected', reason: '^cannot list the folder \\(EACCES\\): make it readable.*chmod a\\+rx' },
      expectAsRoot: null,
    },
    {
      name: 'locked-folder/page.txt',
      why: 'the page in the locked folder, which root can read',
      entry: { kind: 'inside' },
      expect: null,
      expectAsRoot: ok,
    },
    {
      name: 'loop.txt',
      why: 'a symbolic link to itself',
      entry: { kind: 'symlink', target: 'loop.txt' },
      expect: { status: 'rejected', reason: '^cannot read the file \\(ELOOP\\): symbolic link loop' },
    },
    {
      name: 'dangling.txt',
      why: 'a symbolic link to a missing file',
      entry: { kind: 'symlink', target: 'no-such-page.txt' },
      expect: { status: 'rejected', reason: '^cannot read the file \\(ENOENT\\): broken symbolic link' },
    },
    {
      name: 'dev-zero.txt',
      why: 'a link to /dev/zero: endless bytes',
      entry: { kind: 'symlink', target: '/dev/zero' },
      expect: { status: 'rejected', reason: '^a device, not a file' },
    },
    {
      name: 'pipe.txt',
      why: 'a named pipe with no writer: must not hang the run',
      entry: { kind: 'fifo' },
      expect: { status: 'rejected', reason: '^a named pipe \\(FIFO\\), not a file' },
    },
    { name: 'x.txt/inside.txt', why: 'a folder named x.txt, holding a page', entry: file(utf8(page(7))), expect: ok },
    {
      name: 'looped/page.txt',
      why: 'a page in a folder that links back to itself',
      entry: file(utf8(plainArticle(seed, 11))),
      expect: ok,
    },
    {
      name: 'looped/again',
      why: 'the folder loop (walked once, not a file)',
      entry: { kind: 'symlink', target: '.' },
      expect: null,
    },
    {
      name: 'saved-again/exact-copy.txt',
      why: 'a byte-for-byte copy of good/page-1.txt',
      entry: file(utf8(page(0))),
      expect: { status: 'duplicate', reason: '^duplicate of good/page-1\\.txt: ' },
    },
    {
      name: 'saved-again/resaved-copy.txt',
      why: 'good/page-3.txt saved again: BOM, CRLF, tashkeel, spacing',
      entry: file(utf8(resaved(page(2)))),
      expect: {
        status: 'duplicate',
        reason: '^duplicate of good/page-3\\.txt: every article on it is already ingested',
      },
    },
    {
      name: 'saved-again/edited-ending.txt',
      why: 'good/page-2.txt with a sentence added to a later paragraph',
      entry: file(utf8(edited)),
      expect: {
        status: 'duplicate',
        reason:
          '^duplicate of good/page-2\\.txt \\(same title and first paragraph\\) but its text differs further on: .*replace that file',
      },
    },
  ]
}
