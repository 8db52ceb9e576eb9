import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { WRITER_THREAD_AFTER, writeFiles } from './outputWriter.ts'

const work = mkdtempSync(path.join(os.tmpdir(), 'sahifa-writer-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function* numbered(count: number, name = (i: number) => `articles/${i}.json`): Generator<readonly [string, string]> {
  for (let i = 0; i < count; i++) yield [name(i), `{"n":${i}}\n`]
}

describe('writeFiles', () => {
  it('writes every file of a large run, those past the first ones through the writer thread', async () => {
    const folder = path.join(work, 'ok')
    const count = WRITER_THREAD_AFTER * 2 + 37
    expect(
      await writeFiles(
        folder,
        numbered(count, (i) => `${i % 3 === 0 ? 'feed' : 'articles'}/${i}.json`),
      ),
    ).toBe(count)
    const written = [...readdirSync(path.join(folder, 'articles')), ...readdirSync(path.join(folder, 'feed'))]
    expect(written).toHaveLength(count)
    expect(readFileSync(path.join(folder, 'articles', `${count - 1}.json`), 'utf8')).toBe(`{"n":${count - 1}}\n`)
  })

  it('fails with the error code of a write the writer thread could not do', async () => {
    const folder = path.join(work, 'broken')
    // A file where the writer needs a folder (mkdir answers EEXIST).
    await writeFiles(folder, numbered(1))
    writeFileSync(path.join(folder, 'blocked'), 'not a folder')
    const late = WRITER_THREAD_AFTER + 500
    const files = numbered(WRITER_THREAD_AFTER * 2, (i) => (i === late ? 'blocked/x.json' : `articles/${i}.json`))
    await expect(writeFiles(folder, files)).rejects.toMatchObject({
      code: 'EEXIST',
      message: expect.stringContaining('blocked'),
    })
  })

  it('stops at an error the file builder throws, and leaves no thread behind', async () => {
    function* failing(): Generator<readonly [string, string]> {
      yield* numbered(WRITER_THREAD_AFTER + 200)
      throw new Error('article x does not match the data contract')
    }
    await expect(writeFiles(path.join(work, 'contract'), failing())).rejects.toThrow('does not match the data contract')
  })
})
