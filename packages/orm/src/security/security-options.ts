import type { TableDesign } from '@dbtooling/schema'
import type { AuditOptions } from './audit/audit-options'
import { BlindIndexer } from './blind-index'
import type { DataKeyCacheOptions } from './data-key-cache'
import { SecurityError } from './errors'
import { FieldCipher } from './field-cipher'
import type { KeyProvider } from './key-provider'

/**
 * Field encryption settings (`security.encryption` of `createOrm`): the key provider, the blind index key for
 * searchable attributes, and the data-key cache. `createOrm` throws a `SecurityError` (`INVALID_SECURITY_OPTIONS`)
 * when encrypted attributes have no keys or searchable ones no `blindIndexKey`.
 *
 * @example
 * ```ts
 * const encryption: EncryptionOptions = {
 *   keys: LocalKeyring.fromEnv(),
 *   blindIndexKey: process.env.DBTOOLING_BLIND_INDEX_KEY!,
 *   dataKeyCache: { maxAgeMs: 5 * 60_000 },
 * }
 * ```
 */
export interface EncryptionOptions {
  /** Where data keys come from: `new LocalKeyring({...})` or `new KmsKeyProvider({...})`. */
  readonly keys: KeyProvider
  /** HMAC key (32+ bytes, Buffer or base64) for the blind indexes of searchable attributes. */
  readonly blindIndexKey?: Buffer | string
  /** How long and how often one data key is used before a new one is generated. */
  readonly dataKeyCache?: DataKeyCacheOptions
}

/**
 * The `security` option of `createOrm`: client-side field encryption and the audit trail, both opt-in.
 *
 * @example
 * ```ts
 * const security: SecurityOptions = {
 *   encryption: { keys: LocalKeyring.fromEnv() },
 *   audit: { actor: () => currentUser()?.id },
 * }
 * const orm = createOrm({ models, design: { tableName: 'app' }, security })
 * ```
 */
export interface SecurityOptions {
  /** Client-side field encryption of the attributes marked `encrypted: true`. */
  readonly encryption?: EncryptionOptions
  /** An audit record per model write, in the same transaction (see docs/security.md). */
  readonly audit?: AuditOptions
}

/**
 * What the ORM's parts read at run time (`ctx.security`).
 *
 * @example
 * ```ts
 * const runtime: SecurityRuntime | undefined = orm.ctx.security // undefined without the `security` option
 * if (runtime?.cipher) console.log('field encryption on; audit', runtime.audit ? 'on' : 'off')
 * ```
 */
export interface SecurityRuntime {
  readonly cipher: FieldCipher | null
  readonly blind: BlindIndexer | null
  readonly audit: AuditOptions | null
}

/**
 * Checks the options against the design: a design with encrypted attributes needs keys (else plaintext
 * would be sent), and a searchable one a blind index key. Options the design has no use for are
 * refused too, so a typo in a model (`encrypt: true`) does not go unnoticed.
 */
export function resolveSecurity(design: TableDesign, options: SecurityOptions | undefined): SecurityRuntime {
  return { ...resolveEncryption(design, options), audit: resolveAudit(design, options?.audit) }
}

function resolveAudit(design: TableDesign, audit: AuditOptions | undefined): AuditOptions | null {
  if (!audit) return null
  if (typeof audit.actor !== 'function') {
    throw new SecurityError(
      'INVALID_SECURITY_OPTIONS',
      'security.audit.actor must be a function returning the current user id',
      'audit: { actor: () => currentUser()?.id }',
    )
  }
  const unknown = (audit.models ?? []).filter((model) => !design.entities[model])
  if (unknown.length > 0) {
    throw new SecurityError(
      'INVALID_SECURITY_OPTIONS',
      `security.audit.models names ${unknown.join(', ')}, which the design does not have`,
      `use some of: ${Object.keys(design.entities).join(', ')}`,
    )
  }
  return audit
}

function resolveEncryption(
  design: TableDesign,
  options: SecurityOptions | undefined,
): Omit<SecurityRuntime, 'audit'> {
  const attributes = Object.values(design.entities).flatMap((entity) =>
    Object.values(entity.attributes).map((attribute) => ({ entity: entity.name, ...attribute })),
  )
  const encrypted = attributes.filter((attribute) => attribute.encrypted)
  const searchable = attributes.filter((attribute) => attribute.searchable)
  const encryption = options?.encryption
  if (encrypted.length > 0 && !encryption) {
    const names = encrypted.map((attribute) => `${attribute.entity}.${attribute.name}`).join(', ')
    throw new SecurityError(
      'INVALID_SECURITY_OPTIONS',
      `${names} ${encrypted.length === 1 ? 'is' : 'are'} encrypted but createOrm got no keys`,
      'pass security: { encryption: { keys: new LocalKeyring({ keys: { k1: ... } }) } } (KmsKeyProvider in production)',
    )
  }
  if (!encryption) return { cipher: null, blind: null }
  if (encrypted.length === 0) {
    throw new SecurityError(
      'INVALID_SECURITY_OPTIONS',
      'security.encryption is set but no model attribute is encrypted',
      "mark attributes with encrypted: true (e.g. ssn: { type: 'string', encrypted: true }), or drop security.encryption",
    )
  }
  if (searchable.length > 0 && encryption.blindIndexKey === undefined) {
    const names = searchable.map((attribute) => `${attribute.entity}.${attribute.name}`).join(', ')
    throw new SecurityError(
      'INVALID_SECURITY_OPTIONS',
      `${names} ${searchable.length === 1 ? 'is' : 'are'} searchable but security.encryption has no blindIndexKey`,
      'pass blindIndexKey: 32 random bytes (Buffer or base64), kept apart from the encryption keys',
    )
  }
  return {
    cipher: new FieldCipher(design, encryption.keys, encryption.dataKeyCache),
    blind: encryption.blindIndexKey === undefined ? null : new BlindIndexer(encryption.blindIndexKey),
  }
}
