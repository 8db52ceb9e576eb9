import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeAtomically } from './writeAtomically.ts'

const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-write-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function previousOutput(name: string): string {
  const out = path.join(work, name)
  mkdirSync(path.join(out, 'articles'), { recursive: true })
  writeFileSync(path.join(out, 'manifest.json'), '{"old":true}\n')
  writeFileSync(path.join(out, 'articles/stale.json'), '{}\n')
  return out
}

describe('writeAtomically', () => {
  it('replaces the whole folder: new files in, stale files gone, no work folders left', async () => {
    const out = previousOutput('replace')
    await writeAtomically(out, new Map([['manifest.json', '{"new":true}\n'], ['feed/all/1.json', '{}\n']]))
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"new":true}\n')
    expect(readdirSync(out).sort()).toEqual(['feed', 'manifest.json'])
    expect(readdirSync(work).filter((f) => f.startsWith('replace.'))).toEqual([])
  })

  it('leaves the previous output exactly as it was when writing fails part-way', async () => {
    const out = previousOutput('fail')
    // `manifest.json` is written as a file, then `manifest.json/x` needs it to be a folder: the write fails after the first file.
    const files = new Map([['manifest.json', '{"new":true}\n'], ['manifest.json/x', '{}\n']])
    await expect(writeAtomically(out, files)).rejects.toThrow()
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"old":true}\n')
    expect(readFileSync(path.join(out, 'articles/stale.json'), 'utf8')).toBe('{}\n')
    expect(readdirSync(work).filter((f) => f.startsWith('fail.'))).toEqual([])
  })

  it('creates the output folder and its parents when missing', async () => {
    const out = path.join(work, 'new/parent/data')
    await writeAtomically(out, new Map([['manifest.json', '{}\n']]))
    expect(readdirSync(out)).toEqual(['manifest.json'])
  })

  it('refuses to replace a folder that is not ingest output', async () => {
    const out = path.join(work, 'precious')
    mkdirSync(out)
    writeFileSync(path.join(out, 'notes.txt'), 'keep me')
    await expect(writeAtomically(out, new Map([['manifest.json', '{}\n']]))).rejects.toThrow(/refusing to replace/)
    expect(readdirSync(out)).toEqual(['notes.txt'])
  })
})
