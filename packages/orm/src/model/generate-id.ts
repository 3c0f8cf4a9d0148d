import { uuidv7 } from 'uuidv7'
import { builtin } from '../node-builtin'

/**
 * The id generators `traits.useUuid` can name; `uuidv7` and `ulid` sort by creation time.
 *
 * @example
 * ```ts
 * const kind: IdKind = 'ulid'
 * const id = generateId(kind)
 * ```
 */
export type IdKind = 'uuid' | 'uuidv7' | 'ulid' | 'nanoid'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
// nanoid's URL alphabet: 64 symbols, so `byte & 63` picks one without bias. Written here rather than
// imported: the nanoid package imports node:crypto when loaded, which would load it on every import.
const URL_ALPHABET = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict'

/** A nanoid: 21 URL-safe characters, 126 random bits (the nanoid package's algorithm and alphabet). */
export function nanoid(size = 21): string {
  const bytes = builtin('node:crypto').randomBytes(size)
  let id = ''
  for (let i = 0; i < size; i++) id += URL_ALPHABET[bytes[i]! & 63]
  return id
}

/**
 * A ULID: 48-bit millisecond time then 80 random bits, Crockford base32, sortable by creation time.
 *
 * @example
 * ```ts
 * const id = ulid() // e.g. '01JEXAMPLE7Q1Y5Z3R8W2N4K6M'
 * const atEpoch = ulid(0) // starts with '0000000000'
 * ```
 */
export function ulid(now = Date.now()): string {
  let time = ''
  let rest = now
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[rest % 32] + time
    rest = Math.floor(rest / 32)
  }
  const bytes = builtin('node:crypto').randomBytes(16)
  let random = ''
  for (let i = 0; i < 16; i++) random += CROCKFORD[bytes[i]! % 32]
  return time + random
}

/**
 * A new id of the trait's kind. uuidv7 (default) and ulid sort by creation time, which keeps "newest first"
 * queries on id-sorted keys cheap; uuid is v4; nanoid is 21 URL-safe characters.
 *
 * @example
 * ```ts
 * const id = generateId('uuidv7') // sorts by creation time
 * const short = generateId('nanoid')
 * ```
 */
export function generateId(kind: IdKind): string {
  switch (kind) {
    case 'uuid':
      return builtin('node:crypto').randomUUID()
    case 'uuidv7':
      return uuidv7()
    case 'ulid':
      return ulid()
    case 'nanoid':
      return nanoid()
  }
}
