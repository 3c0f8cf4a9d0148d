import type { IdKind } from '../model/generate-id'
import type { RandomStream } from './random-stream'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const NANOID = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyz'

function hex(random: RandomStream, digits: number): string {
  let out = ''
  for (let i = 0; i < digits; i++) out += random.int(16).toString(16)
  return out
}

/**
 * An id of the model's kind drawn from the row's seeded stream instead of the system's random source, so
 * seeded runs give the same ids. Time-ordered kinds (uuidv7, ulid) take `timeMs`, the row's position after
 * the reference date, so ids still sort by creation.
 */
export function seededId(kind: IdKind, random: RandomStream, timeMs: number): string {
  switch (kind) {
    case 'uuid':
      return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[random.int(4)]}${hex(random, 3)}-${hex(random, 12)}`
    case 'uuidv7': {
      const time = timeMs.toString(16).padStart(12, '0').slice(-12)
      return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(random, 3)}-${'89ab'[random.int(4)]}${hex(random, 3)}-${hex(random, 12)}`
    }
    case 'ulid': {
      let time = ''
      let rest = timeMs
      for (let i = 0; i < 10; i++) {
        time = CROCKFORD[rest % 32] + time
        rest = Math.floor(rest / 32)
      }
      let tail = ''
      for (let i = 0; i < 16; i++) tail += CROCKFORD[random.int(32)]
      return time + tail
    }
    case 'nanoid': {
      let out = ''
      for (let i = 0; i < 21; i++) out += NANOID[random.int(64)]
      return out
    }
  }
}
