/**
 * Child processes of the bench, each in its own process group so a timeout (or a crash of the
 * bench) stops the command and everything it started, never anything else.
 */
import { spawn } from 'node:child_process'

export interface CommandResult {
  readonly status: number | null
  readonly signal: string | null
  readonly stdout: string
  readonly stderr: string
  readonly wallMs: number
  readonly timedOut: boolean
}

export interface CommandOptions {
  readonly timeoutMs: number
  readonly env?: NodeJS.ProcessEnv
  /** Echo the command's stderr lines to ours (progress of long steps). */
  readonly echo?: boolean
}

const running = new Set<number>()

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

// If the bench itself is interrupted, its children go with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) killGroup(pid)
    process.exit(130)
  })
}

export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    })
    const pid = child.pid
    if (pid === undefined) {
      reject(new Error(`could not start ${command}`))
      return
    }
    running.add(pid)
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      if (options.echo) process.stderr.write(chunk.replace(/^/gm, '    │ '))
    })
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(pid)
    }, options.timeoutMs)
    child.on('error', reject)
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      running.delete(pid)
      // Whatever the command left behind in its group (a server, a browser) goes too.
      killGroup(pid)
      resolve({ status, signal, stdout, stderr, wallMs: performance.now() - started, timedOut })
    })
  })
}

/** The tail of a command's output, for an error message that says what went wrong. */
export function outputTail(result: CommandResult, lines = 8): string {
  // Stack frames say where, not what: the message lines are the ones worth reading.
  const text = `${result.stderr}\n${result.stdout}`
    .split('\n')
    // Terminal colour codes are noise in a report.
    .map((line) => line.replace(/\u001B\[[0-9;]*m/g, '').trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !/^[{}]/.test(line))
  return text.slice(-lines).join(' / ')
}
