/** `npm run ingest`: runs the ingest with the process's arguments and streams (see runIngest.ts). */
import { runIngest } from './runIngest.ts'

process.exitCode = await runIngest(process.argv.slice(2), {
  stderr: (line) => process.stderr.write(`${line}\n`),
  stdout: (line) => process.stdout.write(`${line}\n`),
  now: () => new Date(),
})
