/**
 * A function whose module loads on its first call. Loading config and model files needs jiti, node:vm and
 * a file cache that deriving a design never uses: behind `import()` they are a separate chunk of the build,
 * so `import('@dbtooling/schema')` (and the orm above it) does not compile them (bench --suite import).
 * Only for functions that already return a promise, so callers see no difference.
 */
export function lazyCall<F extends (...args: never[]) => Promise<unknown>>(load: () => Promise<F>): F {
  return ((...args: Parameters<F>) => load().then((run) => run(...args))) as F
}
