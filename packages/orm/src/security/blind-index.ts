import type { CompiledKeyTemplate } from '@dbtooling/schema'
import { builtin } from '../node-builtin'
import { SecurityError } from './errors'

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/**
 * HMAC-SHA256 blind index: equal plaintexts give equal digests under one key, so an equality query can
 * look the digest up, while DynamoDB never sees the value. The entity and attribute are part of the
 * HMAC input, so equal values of different attributes do not give equal digests. 32 base64url
 * characters (192 bits) keep keys short without collisions in practice.
 *
 * @example
 * ```ts
 * const blind = new BlindIndexer(process.env.DBTOOLING_BLIND_INDEX_KEY!) // 32+ bytes, base64
 * blind.digest('Patient', 'ssn', '123-45-6789') // the same 32 characters for the same value, key, entity and attribute
 * ```
 */
export class BlindIndexer {
  readonly #key: Buffer

  constructor(key: Buffer | string) {
    const bytes = typeof key === 'string' ? Buffer.from(key, 'base64') : Buffer.from(key)
    if (bytes.length < 32) {
      throw new SecurityError(
        'INVALID_KEY',
        `the blind index key is ${bytes.length} bytes; at least 32 are needed`,
        'pass blindIndexKey: crypto.randomBytes(32) (or its base64), kept apart from the encryption keys',
      )
    }
    this.#key = bytes
  }

  digest(entity: string, attribute: string, value: unknown): string {
    const text = typeof value === 'string' ? value : JSON.stringify(value)
    return builtin('node:crypto')
      .createHmac('sha256', this.#key)
      .update(`${entity}\u0000${attribute}\u0000${text}`, 'utf8')
      .digest('base64url')
      .slice(0, 32)
  }

  toJSON(): Record<string, unknown> {
    return { blindIndexKey: '***' }
  }

  [INSPECT](): string {
    return 'BlindIndexer(***)'
  }
}

/** A partition template that renders the digest of `attribute` in place of its value. */
export function blindTemplate(
  template: CompiledKeyTemplate,
  entity: string,
  attribute: string,
  indexer: BlindIndexer | null,
): CompiledKeyTemplate {
  const hashed = (values: Readonly<Record<string, unknown>>) => {
    const value = values[attribute]
    if (value === undefined || value === null || value === '') return values
    if (indexer === null) throw missingKey(entity, attribute)
    return { ...values, [attribute]: indexer.digest(entity, attribute, value) }
  }
  return {
    ...template,
    render: (values) => template.render(hashed(values)),
    renderPrefix: (values) => template.renderPrefix(hashed(values)),
  }
}

export function missingKey(entity: string, attribute: string): SecurityError {
  return new SecurityError(
    'INVALID_SECURITY_OPTIONS',
    `${entity}.${attribute} is searchable but no blind index key is configured`,
    'pass security: { encryption: { keys, blindIndexKey } } to createOrm',
  )
}
