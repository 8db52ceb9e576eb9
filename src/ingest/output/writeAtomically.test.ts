import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  nodeWriterFs,
  recoverInterruptedRuns,
  replaceAtomically,
  writeAtomically,
  type WriterFs,
} from './writeAtomically.ts'

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
    await writeAtomically(
      out,
      new Map([
        ['manifest.json', '{"new":true}\n'],
        ['feed/all/1.json', '{}\n'],
      ]),
    )
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"new":true}\n')
    expect(readdirSync(out).sort()).toEqual(['feed', 'manifest.json'])
    expect(readdirSync(work).filter((f) => f.startsWith('replace.'))).toEqual([])
  })

  it('leaves the previous output exactly as it was when writing fails part-way', async () => {
    const out = previousOutput('fail')
    // `manifest.json` is written as a file, then `manifest.json/x` needs it to be a folder: the write fails after the first file.
    const files = new Map([
      ['manifest.json', '{"new":true}\n'],
      ['manifest.json/x', '{}\n'],
    ])
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

describe('writeAtomically under file-system faults (injected through WriterFs)', () => {
  const fault = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code })

  it('a full disk at the 3rd file: fails naming the cause and the fix, previous output intact, no work folder left', async () => {
    const out = previousOutput('full')
    let writes = 0
    const fs: WriterFs = {
      ...nodeWriterFs,
      writeFile: async (file, content) => {
        if (++writes === 3) throw fault('ENOSPC', 'no space left on device, write')
        await nodeWriterFs.writeFile(file, content)
      },
    }
    const files = new Map([
      ['manifest.json', '{"new":true}\n'],
      ['a.json', '{}\n'],
      ['b.json', '{}\n'],
    ])
    await expect(writeAtomically(out, files, fs)).rejects.toThrow(/\(ENOSPC\): the disk is full: free some space/)
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"old":true}\n')
    expect(readdirSync(work).filter((f) => f.startsWith('full.'))).toEqual([])
  })

  it('a read-only file system: says so and what to do', async () => {
    const out = previousOutput('readonly')
    const fs: WriterFs = {
      ...nodeWriterFs,
      mkdir: async () => Promise.reject(fault('EROFS', 'read-only file system, mkdir')),
    }
    await expect(writeAtomically(out, new Map([['manifest.json', '{}\n']]), fs)).rejects.toThrow(
      /\(EROFS\): the folder is on a read-only file system: choose another --out/,
    )
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"old":true}\n')
  })

  it('without the one-call exchange, swaps with two renames and leaves no work folder', async () => {
    const out = previousOutput('fallback')
    const fs: WriterFs = { ...nodeWriterFs, exchange: () => ({ kind: 'unsupported', why: 'test' }) }
    await writeAtomically(out, new Map([['manifest.json', '{"new":true}\n']]), fs)
    expect(readdirSync(out)).toEqual(['manifest.json'])
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"new":true}\n')
    expect(readdirSync(work).filter((f) => f.startsWith('fallback.'))).toEqual([])
  })

  it('puts the previous output back when the second fallback rename fails', async () => {
    const out = previousOutput('second-rename')
    let renames = 0
    const fs: WriterFs = {
      ...nodeWriterFs,
      exchange: () => ({ kind: 'unsupported', why: 'test' }),
      rename: async (from, to) => {
        if (++renames === 2) throw fault('EIO', 'i/o error, rename')
        await nodeWriterFs.rename(from, to)
      },
    }
    await expect(writeAtomically(out, new Map([['manifest.json', '{"new":true}\n']]), fs)).rejects.toThrow(
      /cannot write the new output/,
    )
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"old":true}\n')
    expect(readdirSync(work).filter((f) => f.startsWith('second-rename.'))).toEqual([])
  })

  it('leaves alone the work folders of a run that is still alive', async () => {
    const out = previousOutput('alive')
    const live = `${out}.tmp-${process.ppid}-zzzz`
    mkdirSync(live)
    const dead = `${out}.tmp-999999999-zzzz`
    mkdirSync(dead)
    expect(await recoverInterruptedRuns(out)).toEqual([`removed ${dead}, left by an interrupted run`])
    expect(readdirSync(work).filter((f) => f.startsWith('alive.'))).toEqual([path.basename(live)])
  })
})

describe('replaceAtomically (the caller fills the work folder)', () => {
  it('swaps in what the fill wrote, and on a failed fill keeps the previous output and the error as it was', async () => {
    const out = previousOutput('fill')
    await expect(
      replaceAtomically(out, async () => Promise.reject(new Error('article x does not match the data contract'))),
    ).rejects.toThrow(/^article x does not match/)
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('{"old":true}\n')
    await replaceAtomically(out, async (temp) => writeFileSync(path.join(temp, 'manifest.json'), '{"filled":true}\n'))
    expect(readdirSync(out)).toEqual(['manifest.json'])
    expect(readdirSync(work).filter((f) => f.startsWith('fill.'))).toEqual([])
  })
})
