/**
 * The lazy write chunk (lazy-writes.ts), imported once. A save or an eager load runs often, and an `import()`
 * of an already loaded module still goes through the module loader on every call (tens of microseconds):
 * the promise is kept, and forgotten only if the import failed, so a later call can try again.
 */
let loading: Promise<typeof import('./lazy-writes')> | undefined

export function writeChunk(): Promise<typeof import('./lazy-writes')> {
  loading ??= import('./lazy-writes').catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
