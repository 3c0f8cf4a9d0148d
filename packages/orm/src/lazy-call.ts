/**
 * A function whose module loads on its first call. Migrations, export/import and seeding are most of the
 * package's code and a query never runs them: behind `import()` they are separate chunks of the build, so
 * `import('@dbtooling/orm')` does not compile them (bench --suite import). Only for functions that already
 * return a promise, so callers see no difference.
 */
export function lazyCall<F extends (...args: never[]) => Promise<unknown>>(load: () => Promise<F>): F {
  return ((...args: Parameters<F>) => load().then((run) => run(...args))) as F
}
