/**
 * A bench function as a script the page runs before the app. tsx compiles the bench with esbuild's
 * keepNames, which wraps named inner functions in a `__name(…)` helper that exists only in Node;
 * the page gets an identity stand-in for it.
 */
export function pageScript<A>(fn: (arg: A) => void, arg: A): { content: string } {
  return { content: `(() => { const __name = (target) => target; (${fn.toString()})(${JSON.stringify(arg)}); })();` }
}
