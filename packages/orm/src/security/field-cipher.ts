import type { TableDesign } from '@dbtooling/schema'
import { withRuntimes } from '../load-runtimes'
import { DataKeyCache, type DataKeyCacheOptions } from './data-key-cache'
import { SecurityError } from './errors'
import type { KeyProvider } from './key-provider'

/**
 * A wire-format item (`{ name: { S: '...' } }`), as the client sends and receives it.
 *
 * @example
 * ```ts
 * const item: WireItem = { pk: { S: 'PATIENT#1' }, sk: { S: 'PATIENT#1' }, _et: { S: 'Patient' }, ssn: { S: '123-45-6789' } }
 * const sealed = await cipher.encryptItem(item) // ssn becomes { B: <envelope> }
 * ```
 */
export type WireItem = Record<string, unknown>

/**
 * Where a value lives: the item's table keys and entity type are bound to its ciphertext.
 *
 * @example
 * ```ts
 * const slot: ValueSlot = { entity: 'Patient', partitionKey: 'PATIENT#1', sortKey: 'PATIENT#1', attribute: 'ssn' }
 * const envelope = await cipher.encryptValue(slot, { S: '123-45-6789' })
 * ```
 */
export interface ValueSlot {
  readonly entity: string
  readonly partitionKey: string
  readonly sortKey: string
  readonly attribute: string
}

/**
 * Encrypts and decrypts the encrypted attributes of wire items. A value is its wire form as JSON
 * (`{"S":"123-45-6789"}`), so every DynamoDB type round-trips exactly; it is stored as a Binary envelope.
 * The additional authenticated data is the entity type, both table keys and the attribute name, so a
 * ciphertext copied to another item, attribute or entity fails to decrypt (DECRYPT_FAILED).
 *
 * @example
 * ```ts
 * const cipher = new FieldCipher(orm.design, new LocalKeyring({ keys: { k1: process.env.KEY_K1! } }))
 * const sealed = await cipher.encryptItem(item)
 * const opened = await cipher.decryptItem(sealed) // throws SecurityError DECRYPT_FAILED if moved to another item
 * ```
 */
export class FieldCipher {
  readonly cache: DataKeyCache
  /** Encrypted attribute names by entity type. */
  readonly fields: ReadonlyMap<string, ReadonlySet<string>>
  readonly #design: TableDesign

  constructor(design: TableDesign, provider: KeyProvider, cache: DataKeyCacheOptions = {}) {
    this.#design = design
    this.cache = new DataKeyCache(provider, cache)
    const fields = new Map<string, Set<string>>()
    for (const entity of Object.values(design.entities)) {
      const names = Object.values(entity.attributes)
        .filter((attribute) => attribute.encrypted)
        .map((attribute) => attribute.name)
      if (names.length > 0) fields.set(entity.name, new Set(names))
    }
    this.fields = fields
  }

  /** The entity type of a wire item when it has encrypted attributes, else null. */
  entityOf(item: WireItem): string | null {
    const type = (item[this.#design.entityTypeAttribute] as { S?: unknown } | undefined)?.S
    return typeof type === 'string' && this.fields.has(type) ? type : null
  }

  /**
   * A copy of a stored (or to-be-stored) item with its encrypted attributes sealed. A value that is already
   * this slot's envelope (an item read with a plain client and written back, a backup restored) is kept:
   * only our keys can make one that authenticates here, and sealing it again would store an envelope of it.
   */
  async encryptItem(item: WireItem): Promise<WireItem> {
    const entity = this.entityOf(item)
    if (entity === null) return item
    const out: WireItem = { ...item }
    for (const attribute of this.fields.get(entity)!) {
      const value = item[attribute]
      if (value === undefined) continue
      const slot = this.slotOf(item, entity, attribute)
      if (await this.#isSealed(slot, value)) continue
      out[attribute] = await this.encryptValue(slot, value)
    }
    return out
  }

  async #isSealed(slot: ValueSlot, value: unknown): Promise<boolean> {
    if ((value as { B?: unknown }).B === undefined) return false
    try {
      await this.decryptValue(slot, value)
      return true
    } catch {
      return false
    }
  }

  /** A copy of a read item with its encrypted attributes opened (items of other types come back as they are). */
  async decryptItem(item: WireItem): Promise<WireItem> {
    const entity = this.entityOf(item)
    if (entity === null) return item
    const out: WireItem = { ...item }
    for (const attribute of this.fields.get(entity)!) {
      const value = item[attribute]
      if (value === undefined) continue
      out[attribute] = await this.decryptValue(this.slotOf(item, entity, attribute), value)
    }
    return out
  }

  async encryptValue(slot: ValueSlot, value: unknown): Promise<{ B: string }> {
    const dataKey = await this.cache.forEncrypt()
    // The envelope code (envelope.ts) loads with the first value sealed or opened (load-runtimes.ts).
    return withRuntimes(async ({ seal }) => {
      const sealed = seal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), aadOf(slot))
      return { B: sealed.toString('base64') }
    })
  }

  async decryptValue(slot: ValueSlot, value: unknown): Promise<unknown> {
    const stored = (value as { B?: unknown }).B
    if (typeof stored !== 'string' && !(stored instanceof Uint8Array)) {
      throw new SecurityError(
        'BAD_ENVELOPE',
        `${label(slot)} is stored unencrypted`,
        'it was written before encrypted: true was set, or by another tool; re-save the item through the ORM to encrypt it',
      )
    }
    return withRuntimes(async ({ open, parseEnvelope }) => {
      const envelope = parseEnvelope(
        typeof stored === 'string' ? Buffer.from(stored, 'base64') : Buffer.from(stored),
      )
      const dataKey = await this.cache.forDecrypt(envelope.keyId, envelope.wrapped)
      return JSON.parse(open(envelope, dataKey, aadOf(slot), label(slot)).toString('utf8')) as unknown
    })
  }

  /** The slot of an attribute of a full item (its table keys are on it). */
  slotOf(item: WireItem, entity: string, attribute: string): ValueSlot {
    return {
      entity,
      partitionKey: keyText(item[this.#design.partitionKey]),
      sortKey: keyText(item[this.#design.sortKey]),
      attribute,
    }
  }
}

function keyText(value: unknown): string {
  const text = (value as { S?: unknown } | undefined)?.S
  return typeof text === 'string' ? text : ''
}

function aadOf(slot: ValueSlot): Buffer {
  return Buffer.from(
    `dbtooling.v1\u0000${slot.entity}\u0000${slot.partitionKey}\u0000${slot.sortKey}\u0000${slot.attribute}`,
    'utf8',
  )
}

function label(slot: ValueSlot): string {
  return `${slot.entity}.${slot.attribute} of ${slot.partitionKey} / ${slot.sortKey}`
}
