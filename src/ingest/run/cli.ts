/** `npm run ingest`: runs the ingest with the process's arguments and streams (see runIngest.ts). */
import { runIngest } from './runIngest.ts'

const terminal = process.stderr.isTTY === true
let progressShown = false

process.exitCode = await runIngest(process.argv.slice(2), {
  stderr: (line) => {
    // A progress line redrawn in place on a terminal is finished before anything else is written.
    if (progressShown) process.stderr.write('\n')
    progressShown = false
    process.stderr.write(`${line}\n`)
  },
  stdout: (line) => process.stdout.write(`${line}\n`),
  now: () => new Date(),
  progress: (line) => {
    if (terminal) {
      process.stderr.write(`\r\u001B[2K${line}`)
      progressShown = true
    } else process.stderr.write(`${line}\n`)
  },
})
if (progressShown) process.stderr.write('\n')
