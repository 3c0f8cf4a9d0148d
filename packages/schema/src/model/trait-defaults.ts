/** Defaults for trait-generated fields (from config: `queryBuilder.createdAtAttribute`, ...). */
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
