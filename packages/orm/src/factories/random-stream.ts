/**
 * A seeded pseudo-random stream (sfc32) that faker draws from. Each generated row gets its own stream,
 * keyed by (seed, model, position, ...), so a row's values do not depend on how many rows came before it
 * or on what other models generated, and reseeding costs four integer hashes (faker's Mersenne Twister
 * costs ~35 µs per reseed, too much for one per row). Pure 32-bit integer arithmetic: the same on every
 * machine and Node version.
 *
 * @example
 * ```ts
 * const stream = new RandomStream()
 * stream.at(1, 'User', 0)
 * const value = stream.next() // the same on every machine for this key
 * ```
 */
export class RandomStream {
  #a = 0
  #b = 0
  #c = 0
  #d = 0

  /** faker's Randomizer: a float in [0, 1). An arrow, since faker calls it detached. */
  readonly next = (): number => {
    const a = this.#a
    const b = this.#b
    const c = this.#c
    const d = this.#d
    const t = (((a + b) | 0) + d) | 0
    this.#d = (d + 1) | 0
    this.#a = b ^ (b >>> 9)
    this.#b = (c + (c << 3)) | 0
    const rotated = (c << 21) | (c >>> 11)
    this.#c = (rotated + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** faker's Randomizer: a number or a list of numbers (see `streamKey`). */
  readonly seed = (seed: number | number[]): void => {
    const words = Array.isArray(seed) ? seed : [seed]
    this.#a = words[0] ?? 0
    this.#b = words[1] ?? 0x9e3779b9
    this.#c = words[2] ?? 0x85ebca6b
    this.#d = words[3] ?? 1
    // A few rounds mix the words so neighbouring keys give unrelated streams.
    for (let i = 0; i < 12; i++) this.next()
  }

  /** Moves to the stream of a key. */
  at(...parts: readonly (string | number)[]): this {
    this.seed(streamKey(parts))
    return this
  }

  /** An integer in [0, max). */
  int(max: number): number {
    return Math.floor(this.next() * max)
  }
}

/**
 * Four 32-bit words from any list of strings and numbers (cyrb128, a fast non-cryptographic hash).
 *
 * @example
 * ```ts
 * const key = streamKey([42, 'User', 7]) // four 32-bit words
 * ```
 */
export function streamKey(parts: readonly (string | number)[]): number[] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  const text = parts.join('\u0000')
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044597)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044597)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}
