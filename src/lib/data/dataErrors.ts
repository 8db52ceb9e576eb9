/**
 * The two ways reading the data contract can fail. A missing file (404) is a fact about the
 * content — the article or list does not exist — and retrying will not change it; anything else
 * (network down, server error, a corrupt or mismatched file) is a DataError that a retry may fix.
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
  constructor(readonly path: string) {
    super(`Not found: ${path}`)
  }
}

export class DataError extends Error {
  override readonly name = 'DataError'
  constructor(
    readonly path: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not read ${path}: ${reason}`, options)
  }
}

export function isNotFound(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError
}
