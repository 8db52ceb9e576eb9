/**
 * The ways reading the data contract can fail. A missing file (404) is a fact about the content —
 * the article or list does not exist — and retrying will not change it; anything else is a
 * DataError that a retry may fix. Its `kind` lets the error view say what happened in words a
 * reader can act on (offline, the server is slow, the server failed, the file is damaged).
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
  constructor(readonly path: string) {
    super(`Not found: ${path}`)
  }
}

export type DataErrorKind =
  /** No answer at all: the network is down or the request was refused. */
  | 'network'
  /** The server did not answer within the data timeout. */
  | 'timeout'
  /** The server answered with an error status other than 404. */
  | 'server'
  /** An answer that is not JSON, is cut short, or does not match the data contract. */
  | 'corrupt'

export class DataError extends Error {
  override readonly name = 'DataError'
  readonly kind: DataErrorKind
  constructor(
    readonly path: string,
    reason: string,
    options?: { cause?: unknown; kind?: DataErrorKind },
  ) {
    super(`Could not read ${path}: ${reason}`, options)
    this.kind = options?.kind ?? 'corrupt'
  }
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError
}

export function isTimeout(error: unknown): boolean {
  return error instanceof DataError && error.kind === 'timeout'
}
