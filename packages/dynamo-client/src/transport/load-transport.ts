import { loadCrc32 } from './crc32'
import { FetchTransport } from './fetch-transport'
import { loadUndiciAgent } from './load-undici'
import type { ResolvedHttpOptions, Transport } from './types'
// A public export, so the entry holds it anyway; only undici itself is worth loading on first use.
import { UndiciTransport } from './undici-transport'

/**
 * undici when running on Node (loaded lazily, and only its Agent: see `loadUndiciAgent`; a client which
 * never sends pays nothing), the platform fetch elsewhere. Bun reports a Node version too, but its built-in `undici`
 * has no `Agent.dispatch()`, so Bun gets fetch (its native, pooled one).
 *
 * @example
 * ```ts
 * const transport = await loadTransport(DEFAULT_HTTP_OPTIONS)
 * console.log(transport.kind) // 'undici' on Node, 'fetch' elsewhere (Bun, browsers)
 * await transport.close()
 * ```
 */
export async function loadTransport(http: ResolvedHttpOptions): Promise<Transport> {
  const crc32 = await loadCrc32()
  const isNode =
    typeof process !== 'undefined' &&
    typeof process.versions?.node === 'string' &&
    typeof process.versions.bun !== 'string'
  if (isNode) {
    try {
      return new UndiciTransport(await loadUndiciAgent(), http, crc32)
    } catch {
      // undici missing from a trimmed install: fetch still works.
    }
  }
  return new FetchTransport(http, crc32)
}
