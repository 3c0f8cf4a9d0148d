// Both signers are public exports, so the entry holds them anyway: importing them here costs nothing, and a
// dynamic import of either would only split them into extra chunks that the entry then loads eagerly.
import { Aws4fetchSigner } from './aws4fetch-signer'
import { NodeSigner } from './node-signer'
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
      // Passes `hash` too where this Node has it (20.12+); the signer checks before using it.
      return new NodeSigner(crypto)
    }
  } catch {
    // No node:crypto here (browser, edge worker): fall through to the WebCrypto signer.
  }
  return new Aws4fetchSigner()
}
