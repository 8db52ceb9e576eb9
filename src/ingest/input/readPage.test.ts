/** readPage on what an input folder can hold besides pages: every case a rejection that says what to do. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readPage, readPageSync } from './readPage.ts'

const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-read-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const at = (name: string) => path.join(work, name)
const PAGE = 'عنوان الخبر\nأعلنت الوزارة اليوم عن خطة جديدة للنقل في العاصمة وأكدت أن التنفيذ سيبدأ قريبا.\n'

describe('readPage', () => {
  it('reads a page', async () => {
    writeFileSync(at('page.txt'), PAGE)
    expect(await readPage(at('page.txt'))).toMatchObject({ status: 'ok', articles: [{ title: 'عنوان الخبر' }] })
  })

  it('rejects a file over the cap from its size, unread', async () => {
    writeFileSync(at('big.txt'), PAGE.repeat(100))
    expect(await readPage(at('big.txt'), 1000)).toEqual({
      status: 'rejected',
      reason: expect.stringMatching(/^file too large: .* \(not read\): split it/),
      warnings: [],
    })
  })

  it('rejects /dev/zero behind a link without reading it (it never ends)', async () => {
    symlinkSync('/dev/zero', at('zero.txt'))
    expect(await readPage(at('zero.txt'))).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^a device, not a file: remove it/),
    })
  })

  it('rejects a named pipe at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [at('pipe.txt')])
    expect(await readPage(at('pipe.txt'))).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/^a named pipe \(FIFO\), not a file/),
    })
  })

  it('explains a link loop and a broken link', async () => {
    symlinkSync('loop.txt', at('loop.txt'))
    symlinkSync('missing.txt', at('broken.txt'))
    expect(await readPage(at('loop.txt'))).toMatchObject({
      reason: expect.stringMatching(/^cannot read the file \(ELOOP\): symbolic link loop.*remove it/),
    })
    expect(await readPage(at('broken.txt'))).toMatchObject({
      reason: expect.stringMatching(/^cannot read the file \(ENOENT\): broken symbolic link/),
    })
  })

  it('reads every one of these the same way with blocking calls (the parse workers use readPageSync)', async () => {
    writeFileSync(at('grown.txt'), PAGE.repeat(3))
    execFileSync('mkdir', [at('folder.txt')])
    const cases: Array<[string, number?]> = [
      ['page.txt'],
      ['big.txt', 1000],
      ['zero.txt'],
      ['pipe.txt'],
      ['loop.txt'],
      ['broken.txt'],
      ['folder.txt'],
      ['grown.txt'],
    ]
    for (const [name, cap] of cases) {
      const expected = await readPage(at(name), cap)
      expect(readPageSync(at(name), cap)).toEqual(expected)
    }
    expect(readPageSync(at('page.txt'))).toMatchObject({ status: 'ok' })
  })
})
