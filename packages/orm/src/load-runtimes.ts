type Runtimes = typeof import('./lazy-runtimes')

let loaded: Runtimes | undefined
let loading: Promise<Runtimes> | undefined

/**
 * Runs `use` with the optional runtimes' implementation (field encryption, attribute tenancy), loading
 * its chunk on the first call: a process that never configures them never compiles that code on a cold
 * start (bench --suite import). Once loaded, `use` runs synchronously, so a wrapper's send reaches the
 * client below in the same tick as before (coalescing windows see the same requests). A synchronous throw
 * of `use` becomes a rejection, as it was inside the async sends that call this.
 */
export function withRuntimes<T>(use: (runtimes: Runtimes) => Promise<T>): Promise<T> {
  if (loaded) {
    try {
      return use(loaded)
    } catch (error) {
      return Promise.reject(error)
    }
  }
  loading ??= import('./lazy-subsystems').then((module) => {
    loaded = module
    return module
  })
  return loading.then(use)
}
