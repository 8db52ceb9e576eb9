/**
 * Runs `task` once the page is idle (after the first paint and whatever the page was busy with),
 * or after `fallbackMs` where requestIdleCallback is missing (Safari). Returns a cancel function.
 */
export function whenIdle(task: () => void, fallbackMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 5_000 })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(task, fallbackMs)
  return () => clearTimeout(timer)
}
