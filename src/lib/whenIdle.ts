/**
 * Runs `task` once the page is idle (after the first paint and whatever the page was busy with),
 * at the latest after `timeoutMs`, or after `fallbackMs` where requestIdleCallback is missing
 * (Safari). Returns a cancel function.
 */
export function whenIdle(task: () => void, { timeoutMs = 5_000, fallbackMs = 500 } = {}): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(task, Math.min(fallbackMs, timeoutMs))
  return () => clearTimeout(timer)
}
