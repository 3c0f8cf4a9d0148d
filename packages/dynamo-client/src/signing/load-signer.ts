import type { RequestSigner } from './types'

/**
 * node:crypto when the runtime has it (fast, synchronous); aws4fetch on WebCrypto everywhere else.
 *
 * @example
 * ```ts
 * const signer = await loadSigner()
 * await signer.sign(request, credentials, { region: 'eu-west-1', service: 'dynamodb' })
 * ```
 */
export async function loadSigner(): Promise<RequestSigner> {
  try {
    const crypto = await import('node:crypto')
    if (typeof crypto.createHmac === 'function') {
      const { NodeSigner } = await import('./node-signer')
      // Passes `hash` too where this Node has it (20.12+); the signer checks before using it.
      return new NodeSigner(crypto)
    }
  } catch {
    // No node:crypto here (browser, edge worker): fall through to the WebCrypto signer.
  }
  const { Aws4fetchSigner } = await import('./aws4fetch-signer')
  return new Aws4fetchSigner()
}
