import { createHmac, hash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PaddedHmac } from '../../../src/signing/padded-hmac'

describe('PaddedHmac', () => {
  it('equals createHmac for keys up to 64 bytes and any message, long ones included', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 64 }),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 400 }), { minLength: 1, maxLength: 4 }),
        (key, messages) => {
          const hmac = new PaddedHmac(key, hash)
          // One instance, several messages: the scratch buffer is reused and grows.
          for (const message of messages) {
            expect(hmac.hex(message)).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'))
          }
        },
      ),
      { numRuns: 300, seed: 20261202 },
    )
  })

  it('refuses keys longer than a block (SigV4 signing keys are 32 bytes)', () => {
    expect(() => new PaddedHmac(new Uint8Array(65), hash)).toThrow(RangeError)
  })
})
