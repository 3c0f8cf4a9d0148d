import type { EntityDesign, KeyDesign } from '../design/types'
import { SchemaError } from '../errors/schema-error'
import type { NormalizedModel } from '../model/normalized'
import type { DeriveContext } from './context'

/**
 * Encrypted attributes are ciphertext in storage, different on every write, so they can never be key
 * fields, unique guards or sort keys: checked on the model (flags) and on the derived keys (every place a
 * field can reach a key: primary key, custom keys, foreign keys, morphs, indexes, timestamps).
 */
export function validateEncryptionFlags(context: DeriveContext): void {
  for (const model of context.models.values()) {
    for (const attribute of model.attributes) {
      const key = `attributes.${attribute.name}`
      if (attribute.searchable && !attribute.encrypted) {
        throw new SchemaError(
          'SEARCHABLE_NOT_ENCRYPTED',
          `'${attribute.name}' is searchable but not encrypted`,
          {
            ...where(model, key),
            hint: `add encrypted: true (searchable means an HMAC blind index of an encrypted value); a plain attribute is queried through indexes: [{ name, columns: ['${attribute.name}'] }]`,
          },
        )
      }
      if (attribute.encrypted && attribute.unique) {
        throw new SchemaError('ENCRYPTED_UNIQUE', `'${attribute.name}' cannot be both encrypted and unique`, {
          ...where(model, key),
          hint: 'a unique guard key would hold the plaintext; drop unique, or keep the attribute unencrypted',
        })
      }
    }
  }
}

/** Throws ENCRYPTED_KEY_ATTRIBUTE when any key the entity writes reads an encrypted attribute. */
export function validateEncryptedKeys(context: DeriveContext, entity: EntityDesign): void {
  const encrypted = new Set(
    Object.values(entity.attributes)
      .filter((attribute) => attribute.encrypted)
      .map((attribute) => attribute.name),
  )
  if (encrypted.size === 0) return
  const model = context.models.get(entity.name)
  const check = (key: KeyDesign, label: string, allowed: string | null) => {
    const field = key.fields.find((name) => encrypted.has(name) && name !== allowed)
    if (field === undefined) return
    throw new SchemaError('ENCRYPTED_KEY_ATTRIBUTE', `encrypted attribute '${field}' is used in ${label}`, {
      ...(model ? where(model, `attributes.${field}`) : { model: entity.name }),
      hint: `keys are stored and compared in plaintext: remove encrypted from '${field}', or take it out of ${label}; for equality lookups use encrypted: true, searchable: true (an HMAC blind index)`,
    })
  }
  check(entity.partitionKey, 'the partition key', null)
  check(entity.sortKey, 'the sort key', null)
  for (const keys of entity.indexKeys) {
    const label = `the ${keys.index} key (${keys.reason})`
    check(keys.partitionKey, label, keys.blindIndex ?? null)
    check(keys.sortKey, label, null)
  }
}

function where(model: NormalizedModel, key: string) {
  return { model: model.name, source: model.source, key }
}
