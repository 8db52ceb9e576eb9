/**
 * Swaps two folders in one system call: Linux `renameat2(…, RENAME_EXCHANGE)`. After it returns,
 * each path names the other's folder; at no instant does either path name nothing or a mix, so a
 * reader (a dev server, a publishing copy) and a process killed at any moment see the old output
 * or the new one, whole.
 *
 * Node has no binding for renameat2 (libuv's rename is plain rename(2)), and a native addon would
 * need a compiler on every editor's machine, so the call is made through Perl's `syscall`, which
 * every Debian/Ubuntu system has (perl-base is essential there). Where that is not possible
 * (another OS or architecture, no perl, a file system without RENAME_EXCHANGE) it answers
 * `unsupported` and the writer falls back to two renames (see writeAtomically.ts).
 */
import { spawnSync } from 'node:child_process'
import { constants } from 'node:os'

/** renameat2's number in the Linux system-call table, per architecture (asm/unistd.h). */
const RENAMEAT2: Partial<Record<NodeJS.Architecture, number>> = {
  x64: 316,
  arm64: 276,
  riscv64: 276,
  ia32: 353,
  arm: 382,
}
const AT_FDCWD = -100
const RENAME_EXCHANGE = 2
/** errno values that mean "this kernel or file system cannot exchange", not "this exchange failed". */
const UNSUPPORTED = new Set(
  [constants.errno.EINVAL, constants.errno.ENOSYS, constants.errno.EOPNOTSUPP].filter((n) => n !== undefined),
)

const PERL = `my $r = syscall($ARGV[0], ${AT_FDCWD}, $ARGV[1], ${AT_FDCWD}, $ARGV[2], ${RENAME_EXCHANGE}); print $r == 0 ? 0 : $! + 0;`

export type Exchange =
  | { readonly kind: 'exchanged' }
  | { readonly kind: 'unsupported'; readonly why: string }
  | { readonly kind: 'failed'; readonly code: string }

function errnoName(n: number): string {
  return Object.entries(constants.errno).find(([, value]) => value === n)?.[0] ?? `errno ${n}`
}

/** Exchanges two existing absolute paths atomically, or says why it could not. */
export function exchangeFolders(a: string, b: string): Exchange {
  const call = RENAMEAT2[process.arch]
  if (process.platform !== 'linux' || call === undefined)
    return { kind: 'unsupported', why: `no renameat2 on ${process.platform}/${process.arch}` }
  const run = spawnSync('perl', ['-e', PERL, String(call), a, b], { encoding: 'utf8', timeout: 10_000 })
  if (run.error || run.status !== 0)
    return { kind: 'unsupported', why: `perl unavailable (${run.error?.message ?? `exit ${run.status}`})` }
  const errno = Number(run.stdout.trim())
  if (errno === 0) return { kind: 'exchanged' }
  if (!Number.isInteger(errno) || UNSUPPORTED.has(errno))
    return { kind: 'unsupported', why: `renameat2 refused (${errnoName(errno)})` }
  return { kind: 'failed', code: errnoName(errno) }
}
