import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { walkInputs } from './walkInputs.ts'

const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-walk-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function touch(relative: string): string {
  const file = path.join(work, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, 'x')
  return file
}

describe('walkInputs', () => {
  touch('pages/b.txt')
  touch('pages/a/c.txt')
  touch('pages/.hidden')
  touch('pages/topics.json')
  touch('pages/out/manifest.json')
  touch('pages/out.tmp-1/manifest.json')
  touch('other/b.txt')
  symlinkSync(path.join(work, 'pages'), path.join(work, 'pages/a/loop'))

  it('lists every file recursively, once, sorted, named relative to its input, skipping excluded paths', async () => {
    const pages = path.join(work, 'pages')
    const files = await walkInputs(
      [pages, path.join(pages, 'b.txt')],
      [path.join(pages, 'topics.json'), path.join(pages, 'out'), `${path.join(pages, 'out')}.tmp-*`],
    )
    expect(files.map((f) => f.name)).toEqual(['.hidden', 'a/c.txt', 'b.txt'])
  })

  it('names same-named files from different inputs by their path from the working directory', async () => {
    const files = await walkInputs([path.join(work, 'pages/b.txt'), path.join(work, 'other')], [])
    expect(files.map((f) => f.name)).toEqual(
      [path.join(work, 'other/b.txt'), path.join(work, 'pages/b.txt')]
        .map((p) => path.relative(process.cwd(), p))
        .sort(),
    )
  })
})
