/**
 * Defaults for trait-generated fields (from config: `queryBuilder.createdAtAttribute`, ...).
 *
 * @example
 * ```ts
 * const traits: TraitDefaults = { ...DEFAULT_TRAIT_DEFAULTS, timestampFormat: 'unixMs', idKind: 'ulid' }
 * const design = deriveDesign(models, { tableName: 'app', traitDefaults: traits })
 * ```
 */
export interface TraitDefaults {
  createdAt: string
  updatedAt: string
  timestampFormat: 'iso' | 'unix' | 'unixMs'
  softDeleteAttribute: string
  /** Treat every model as soft-deleting, as if it had `useSoftDeletes: true`. */
  softDeletesByDefault: boolean
  ttlAttribute: string
  versionAttribute: string
  idKind: 'uuid' | 'uuidv7' | 'ulid' | 'nanoid'
}

/**
 * The trait defaults when config says nothing: `createdAt`/`updatedAt` as ISO text, `deletedAt`, `ttl`, `_v`
 * and UUIDv7 ids.
 *
 * @example
 * ```ts
 * DEFAULT_TRAIT_DEFAULTS.versionAttribute // '_v'
 * DEFAULT_TRAIT_DEFAULTS.idKind // 'uuidv7'
 * ```
 */
export const DEFAULT_TRAIT_DEFAULTS: TraitDefaults = {
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  timestampFormat: 'iso',
  softDeleteAttribute: 'deletedAt',
  softDeletesByDefault: false,
  ttlAttribute: 'ttl',
  versionAttribute: '_v',
  idKind: 'uuidv7',
}
