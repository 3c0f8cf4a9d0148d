import type { UndiciAgentModule } from './undici-transport'

/**
 * undici's `Agent` for the first request of a process. The package entry (`import('undici')`) loads some 95
 * CommonJS files, fetch, WebSocket, the cache and mock layers among them, of which the transport uses the
 * Agent alone; its own module loads the dispatcher, the HTTP/1.1 and HTTP/2 clients and llhttp, about half,
 * in less than half the time (bench --suite cli times the first GetItem). undici has no `exports` map, so the
 * path is public; were a later undici to move it, the whole package still loads.
 *
 * @example
 * ```ts
 * const undici = await loadUndiciAgent()
 * const transport = new UndiciTransport(undici, DEFAULT_HTTP_OPTIONS)
 * await transport.close()
 * ```
 */
export async function loadUndiciAgent(): Promise<UndiciAgentModule> {
  try {
    // @ts-expect-error undici publishes types for its entry only; this module's export is the entry's Agent.
    const agent: { default: UndiciAgentModule['Agent'] } = await import('undici/lib/dispatcher/agent.js')
    return { Agent: agent.default }
  } catch {
    return await import('undici')
  }
}
