/**
 * A child process for the atomic-output tests (not a test itself): writes one generation of a
 * synthetic output with writeAtomically, so a test can SIGKILL it at any moment and inspect what
 * is left. `manifest.json` names the generation and file count; each `f/<n>.json` repeats the
 * generation, so a mixed or partial folder is detectable.
 *
 *   node --import tsx writeAtomicallyChild.ts OUT GENERATION COUNT [exchange|kill-after-exchange|fallback|kill-between-renames]
 */
import { nodeWriterFs, writeAtomically, type WriterFs } from '../output/writeAtomically.ts'

const [out = '', generation = '', countText = '0', mode = 'exchange'] = process.argv.slice(2)
const count = Number(countText)
const files = new Map<string, string>([['manifest.json', JSON.stringify({ generation, count })]])
for (let n = 0; n < count; n++)
  files.set(`f/${String(n).padStart(5, '0')}.json`, JSON.stringify({ generation, n, pad: 'x'.repeat(200) }))

let renames = 0
const fs: WriterFs =
  mode === 'exchange'
    ? nodeWriterFs
    : mode === 'kill-after-exchange'
      ? {
          ...nodeWriterFs,
          // Die right after the swap, before the previous output (now the work folder) is deleted.
          exchange: (a, b) => {
            const swap = nodeWriterFs.exchange(a, b)
            if (swap.kind === 'exchanged') process.kill(process.pid, 'SIGKILL')
            return swap
          },
        }
      : {
          ...nodeWriterFs,
          exchange: () => ({ kind: 'unsupported', why: 'forced by the test' }),
          rename: async (from, to) => {
            // The second rename of the fallback swap: die just before it, in the window between the two.
            if (mode === 'kill-between-renames' && ++renames === 2) process.kill(process.pid, 'SIGKILL')
            await nodeWriterFs.rename(from, to)
          },
        }
await writeAtomically(out, files, fs)
process.stdout.write('done\n')
