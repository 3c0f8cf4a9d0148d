/** node:crypto's one-shot digest, as the signer is given it. */
export type OneShotHash = {
  (algorithm: string, data: string | Uint8Array, outputEncoding: 'hex'): string
  (algorithm: string, data: string | Uint8Array, outputEncoding: 'buffer'): Uint8Array
}

const BLOCK = 64
const DIGEST = 32

/**
 * HMAC-SHA256 (RFC 2104) under one fixed key, from two one-shot digests over buffers prepared once:
 * `H((K ^ opad) || H((K ^ ipad) || message))`. A signing key is used for a whole day of requests, so the
 * pads are worth keeping; `createHmac` would build an Hmac object and import the key on every request.
 * Not re-entrant (one scratch buffer), which the synchronous signer never needs.
 */
export class PaddedHmac {
  #inner: Buffer
  readonly #outer: Buffer

  constructor(
    key: Uint8Array,
    private readonly hash: OneShotHash,
  ) {
    if (key.length > BLOCK) throw new RangeError('PaddedHmac takes keys of at most 64 bytes')
    this.#inner = Buffer.alloc(BLOCK + 256)
    this.#outer = Buffer.alloc(BLOCK + DIGEST)
    for (let i = 0; i < BLOCK; i++) {
      const byte = i < key.length ? key[i]! : 0
      this.#inner[i] = byte ^ 0x36
      this.#outer[i] = byte ^ 0x5c
    }
  }

  /** The HMAC of `message` (UTF-8), as lowercase hex. */
  hex(message: string): string {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes.
    const room = BLOCK + message.length * 3
    if (this.#inner.length < room) {
      const grown = Buffer.alloc(room * 2)
      this.#inner.copy(grown, 0, 0, BLOCK)
      this.#inner = grown
    }
    const written = this.#inner.write(message, BLOCK, 'utf8')
    const inner = this.hash('sha256', this.#inner.subarray(0, BLOCK + written), 'buffer')
    this.#outer.set(inner, BLOCK)
    return this.hash('sha256', this.#outer, 'hex')
  }
}
