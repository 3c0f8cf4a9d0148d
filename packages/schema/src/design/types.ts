/**
 * The single-table design: everything the ORM, migrations and docs need to know about how models are
 * stored. Pure data (JSON-serializable, no functions), sorted deterministically, so that two designs can
 * be diffed by migrations and snapshot-tested byte for byte.
 *
 * Key templates are strings: literal segments and `{field}` placeholders joined by the delimiter, e.g.
 * `USER#{id}` or `ORG#{orgId}#PROJECT#{id}`. `renderKey()` turns a template plus an item into a key value,
 * escaping or rejecting the delimiter inside user values.
 *
 * @example
 * ```ts
 * const design: TableDesign = deriveDesign(models, { tableName: 'app' })
 * console.log(design.partitionKey, design.sortKey, design.globalIndexes.length, Object.keys(design.entities))
 * ```
 */
export interface TableDesign {
  /** Format version of this structure, bumped on breaking changes. */
  formatVersion: 1
  tableName: string
  /** Attribute names of the table's primary key (default `pk` / `sk`). */
  partitionKey: string
  sortKey: string
  /** Attribute that stores the entity type on every item (default `_et`). */
  entityTypeAttribute: string
  /** Separator between key segments (default `#`). */
  delimiter: string
  /** What `renderKey` does when a user value contains the delimiter: escape it with a backslash or throw. */
  delimiterPolicy: 'escape' | 'reject'
  billing: BillingDesign
  globalIndexes: GlobalIndexDesign[]
  localIndexes: LocalIndexDesign[]
  /** TTL attribute when any entity uses TTL (epoch seconds). */
  ttlAttribute: string | null
  streams: {
    enabled: boolean
    viewType: 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'
  } | null
  tableClass: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS'
  deletionProtection: boolean
  /**
   * Point-in-time recovery (continuous backups); present, and true, only when enabled, so designs recorded
   * before the field existed keep their hash.
   */
  pointInTimeRecovery?: boolean
  contributorInsights: boolean
  tags: Record<string, string>
  /** Every entity by model name (keys sorted). */
  entities: Record<string, EntityDesign>
  /**
   * Edge item types by entity type, for migrations and backfills: belongsToMany edges (e.g. `UserRole`)
   * and morphToMany edges (e.g. `Taggable`, shared by every model tagged through the morph).
   */
  pivots: Record<string, PivotDesign>
  accessPatterns: AccessPattern[]
  warnings: DesignWarning[]
}

/**
 * The table's capacity mode in a design: on demand, or provisioned with read/write units and optional auto
 * scaling.
 *
 * @example
 * ```ts
 * const billing: BillingDesign = deriveDesign(models, { tableName: 'app' }).billing // { mode: 'PAY_PER_REQUEST' }
 * if (billing.mode === 'PROVISIONED') console.log(billing.read, billing.write)
 * ```
 */
export type BillingDesign =
  | { mode: 'PAY_PER_REQUEST' }
  | {
      mode: 'PROVISIONED'
      read: number
      write: number
      autoScaling: {
        minRead: number
        maxRead: number
        minWrite: number
        maxWrite: number
        targetUtilization: number
      } | null
    }

/**
 * Which attributes an index of the design copies: all, the keys only, or the keys and the listed attributes.
 *
 * @example
 * ```ts
 * const projection: Projection = { type: 'INCLUDE', attributes: ['title'] }
 * ```
 */
export type Projection = { type: 'ALL' } | { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: string[] }

/**
 * A GSI of the design: name, key attributes, projection, throughput and the access paths it serves.
 *
 * @example
 * ```ts
 * for (const gsi of design.globalIndexes) console.log(gsi.name, gsi.partitionKey, gsi.sortKey, gsi.serves)
 * // GSI1 gsi1pk gsi1sk ['Post by User (belongsTo user)']
 * ```
 */
export interface GlobalIndexDesign {
  /** `GSI1`, `GSI2`, ... or an explicit name from config. */
  name: string
  partitionKey: string
  sortKey: string
  projection: Projection
  /** Provisioned throughput, when the table is provisioned. */
  throughput: { read: number; write: number } | null
  /** Human-readable list of what the index serves, e.g. `Post by User (belongsTo user)`. */
  serves: string[]
}

/**
 * An LSI of the design: name, its sort key attribute (the partition key is the table's), projection and what it
 * serves.
 *
 * @example
 * ```ts
 * const lsi: LocalIndexDesign | undefined = design.localIndexes[0]
 * console.log(lsi?.name, lsi?.sortKey)
 * ```
 */
export interface LocalIndexDesign {
  name: string
  /** LSIs share the table's partition key; only the sort key attribute differs. */
  sortKey: string
  projection: Projection
  serves: string[]
}

/**
 * One key of an item or index entry: the attribute it is stored in, its template, and the model fields the
 * template reads.
 *
 * @example
 * ```ts
 * const key: KeyDesign = design.entities.Post!.partitionKey // { attribute: 'pk', template: 'POST#{id}', fields: ['id'] }
 * ```
 */
export interface KeyDesign {
  /** Attribute the key value is stored in (`pk`, `sk`, `gsi1pk`, `lsi1sk`, ...). */
  attribute: string
  /** Template such as `USER#{id}`; placeholders name model attributes. */
  template: string
  /** The model attributes the template reads, in order. */
  fields: string[]
}

/**
 * One index entry an entity writes: the index, the access path it serves, its keys, and whether it is sparse,
 * sharded or hides soft-deleted items.
 *
 * @example
 * ```ts
 * for (const entry of design.entities.Post!.indexKeys) console.log(entry.index, entry.accessPath, entry.partitionKey.template, entry.reason)
 * // GSI1 parent:User:userId USER#{userId} belongsTo User
 * ```
 */
export interface EntityIndexKeys {
  index: string
  /**
   * Stable id of the access path (`type`, `byId`, `parent:User:userId`, `morph:commentable`,
   * `index:byStatus`): how designs are matched up when models change.
   */
  accessPath: string
  partitionKey: KeyDesign
  sortKey: KeyDesign
  /** True when an item only lands in the index if all fields are present (optional attributes). */
  sparse: boolean
  /** Why the entity writes this index, e.g. `belongsTo Team` or `index byEmail`. */
  reason: string
  /** Which of the entity's items the index holds, in words (for `explain()` and docs). */
  holds: string
  /** True when the ORM removes these keys on soft delete, so the index holds live items only. */
  excludeSoftDeleted: boolean
  /**
   * Declared indexes (by name) folded into this entry because they only repeated it (an index on a foreign
   * key beside the belongsTo); present only when there are some. The ORM's `useIndex(name)` accepts them.
   */
  foldedIndexes?: string[]
  /**
   * Set on the blind index entry of a searchable encrypted attribute (the attribute's name): the key
   * stores an HMAC of the value in place of `{field}`, never the plaintext.
   */
  blindIndex?: string
  /**
   * How many items share one partition value: `one` (every item of the type, the list-by-type entry),
   * `few` (an attribute many items share, such as `status`) or `per-item` (a foreign key, a unique or
   * primary-key value). `one` and `few` concentrate writes on one partition (about 1,000 WCU/s each).
   */
  cardinality: PartitionCardinality
  /** Write sharding of the partition key, or null when the entry is not sharded. */
  shards: ShardDesign | null
}

/**
 * How many items share one partition value of an index entry: every item of the type (`one`), many (`few`),
 * or one item or parent (`per-item`).
 *
 * @example
 * ```ts
 * const hot = design.entities.Task!.indexKeys.filter((e) => e.cardinality !== 'per-item' && e.shards === null)
 * ```
 */
export type PartitionCardinality = 'one' | 'few' | 'per-item'

/**
 * A sharded partition key: the stored value is the rendered template, the delimiter and the shard number
 * (`TASK` -> `TASK#0` ... `TASK#3`), the number being `fnv1a32(text) % count` where `text` is the item's
 * primary-key values (`String(value)`) joined by the delimiter and hashed as UTF-8. Reads query every
 * shard and merge by sort key. Kept in the design so a change of `count` is a design change.
 *
 * @example
 * ```ts
 * const shards: ShardDesign | null = design.entities.Task!.indexKeys.find((e) => e.accessPath === 'type')?.shards ?? null
 * // { count: 4, hash: 'fnv1a32', fields: ['id'] }: items stored under TASK#0 ... TASK#3
 * ```
 */
export interface ShardDesign {
  count: number
  hash: 'fnv1a32'
  /** The fields hashed (the entity's primary key), in order. */
  fields: string[]
}

/**
 * The type of a model attribute in the design, from the model's `type` (or inferred from its validation).
 *
 * @example
 * ```ts
 * const type: AttributeType = design.entities.User!.attributes.email!.type // 'string'
 * ```
 */
export type AttributeType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'json'
  | 'array'
  | 'set'
  | 'binary'

/**
 * One attribute of an entity: its type, flags (required, unique, fillable, hidden, encrypted, searchable,
 * masked), default and validation rules.
 *
 * @example
 * ```ts
 * const email: AttributeDesign = design.entities.User!.attributes.email!
 * // { name: 'email', type: 'string', required: true, unique: true, fillable: true, hidden: false, defaultValue: null, validation: [...] }
 * ```
 */
export interface AttributeDesign {
  name: string
  type: AttributeType
  required: boolean
  unique: boolean
  fillable: boolean
  hidden: boolean
  /** A JSON-serializable default, or null. */
  defaultValue: string | number | boolean | null
  /** Validation rules in a serializable form (`{ rule: 'min', args: [5], message }`). */
  validation: ValidationRuleDesign[]
  /**
   * Encrypted on the client (AES-256-GCM envelope) before any request carries it; never a key field.
   * Present only when true, like `searchable` and `masked`.
   */
  encrypted?: true
  /** Encrypted and findable by equality through an HMAC blind index entry (`EntityIndexKeys.blindIndex`). */
  searchable?: true
  /** Shown as `***` in `toJSON`, logs and errors (log redaction reads this flag). */
  masked?: true
}

/**
 * A validation rule in serialisable form: the rule's name, its arguments and a custom message.
 *
 * @example
 * ```ts
 * const rule: ValidationRuleDesign = { rule: 'min', args: [5], message: 'at least 5 characters' }
 * ```
 */
export interface ValidationRuleDesign {
  rule: string
  args: Array<string | number | boolean | string[]>
  message: string | null
}

/**
 * The guard item that keeps an attribute unique: the attribute and the key template of the guard item.
 *
 * @example
 * ```ts
 * const guard: UniqueGuardDesign = design.entities.User!.uniqueGuards[0]! // { attribute: 'email', template: 'UNIQUE#User#email#{email}' }
 * ```
 */
export interface UniqueGuardDesign {
  attribute: string
  /** Guard item pk, e.g. `UNIQUE#User#email#{email}`; sk is the same value. */
  template: string
}

/**
 * The kind of a relation, as Stacks models declare it.
 *
 * @example
 * ```ts
 * const kind: RelationKind = design.entities.User!.relations.posts!.kind // 'hasMany'
 * ```
 */
export type RelationKind =
  | 'hasOne'
  | 'hasMany'
  | 'belongsTo'
  | 'belongsToMany'
  | 'morphOne'
  | 'morphMany'
  | 'morphTo'
  | 'morphToMany'
  | 'morphedByMany'

/**
 * How to read a relation: exactly one request shape, never a Scan.
 *
 * @example
 * ```ts
 * const access: RelationAccess = design.entities.User!.relations.posts!.access
 * // { operation: 'Query', index: 'GSI1', partitionKey: { attribute: 'gsi1pk', template: 'USER#{id}', fields: ['id'] }, sortKeyBeginsWith: 'POST#', ... }
 * ```
 */
export interface RelationAccess {
  operation: 'GetItem' | 'Query' | 'BatchGetItem'
  /** Index to query; null for the table itself. */
  index: string | null
  /** Partition key of the request: attribute and template filled from the *parent* item's fields. */
  partitionKey: { attribute: string; template: string; fields: string[] }
  /**
   * For GetItem: the full sort key. For Query: the `begins_with` prefix of the sort key, rendered from the
   * parent's fields with `renderKey` (e.g. `POST#` or `PROJECT#{id}#TASK#`), or null for the whole partition.
   */
  sortKey: { attribute: string; template: string; fields: string[] } | null
  /** For Query: the prefix when it is static text (no placeholders), else null (render `sortKey`). */
  sortKeyBeginsWith: string | null
  /** True when children live in the parent's item collection (same pk). */
  inParentCollection: boolean
  /**
   * Entity type of the items this request returns. Filter on it when a prefix can also match deeper items
   * (hierarchical sort keys: `PROJECT#1` also prefixes `PROJECT#1#TASK#9`). null for morphTo, where the
   * item's type attribute decides.
   */
  entityType: string | null
  /**
   * Other entity types whose items the same key condition also returns (e.g. `TimeEntry` under
   * `TASK#1#TIME_ENTRY#..` when reading Tasks by `begins_with(sk, 'TASK#')`): filter on the entity type
   * attribute when this is non-empty. Sorted.
   */
  alsoMatches: string[]
}

/**
 * One relation of an entity: its kind and target, the keys it joins on, the exact request that reads it, and the
 * pivot or morph details when it has them.
 *
 * @example
 * ```ts
 * const posts: RelationDesign = design.entities.User!.relations.posts!
 * console.log(posts.kind, posts.target, posts.foreignKey, posts.access.operation) // hasMany Post userId Query
 * ```
 */
export interface RelationDesign {
  name: string
  kind: RelationKind
  /** Target model name (for morphTo: null, the type attribute decides). */
  target: string | null
  /** Attribute on the child that holds the parent id (hasMany/hasOne/belongsTo). */
  foreignKey: string
  /** Attribute on the parent it points at (usually the primary key). */
  localKey: string
  access: RelationAccess
  /** belongsToMany, morphToMany, morphedByMany: the adjacency (edge) items and their inverted view. */
  pivot: PivotDesign | null
  /**
   * morph relations: the attributes holding the type and id. The type attribute stores the parent's key
   * prefix (`POST`), so `{commentableType}#{commentableId}` is exactly the parent's base key. For
   * morphToMany/morphedByMany they live on the edge items (`taggableType`, `taggableId`).
   */
  morph: {
    typeAttribute: string
    idAttribute: string
    /**
     * morphOne/morphMany: the value this parent writes into the type attribute; morphToMany/morphedByMany:
     * the type on every edge the relation reads and writes (the polymorphic model's prefix, `POST` for both
     * `post.tags` and `tag.posts`); morphTo: null.
     */
    typeValue: string | null
    /** morphTo: entity names that may be the parent; others: empty. */
    targets: string[]
  } | null
}

/**
 * The edge items of a many-to-many relation: their entity type, keys, the GSI giving the inverted view, and
 * the extra attributes they carry.
 *
 * @example
 * ```ts
 * const pivot: PivotDesign = design.entities.User!.relations.roles!.pivot!
 * console.log(pivot.entityType, pivot.partitionKey.template, pivot.sortKey.template, pivot.inverseIndex) // UserRole USER#{userId} ROLE#{roleId} GSI1
 * ```
 */
export interface PivotDesign {
  /** Entity type stored on edge items, e.g. `UserRole`. */
  entityType: string
  /**
   * Edge item pk (the owner side), e.g. `USER#{userId}`; sk e.g. `ROLE#{roleId}`. For morph edges the owner
   * side is polymorphic: `{taggableType}#{taggableId}` renders `POST#42`, the tagged model's partition.
   */
  partitionKey: KeyDesign
  sortKey: KeyDesign
  /** The GSI giving the inverted view (`ROLE#{roleId}` -> users). */
  inverseIndex: string
  inversePartitionKey: KeyDesign
  inverseSortKey: KeyDesign
  /** Extra attributes stored on the edge. */
  attributes: string[]
  /** morphToMany edges: the morph and the models that may sit on its polymorphic side; null for belongsToMany. */
  morph: PivotMorphDesign | null
}

/**
 * The polymorphic side of a `morphToMany` edge: the morph name, the type and id attributes on the edge, and the
 * models that may sit there.
 *
 * @example
 * ```ts
 * const morph: PivotMorphDesign | null = design.entities.Post!.relations.tags!.pivot!.morph
 * // { name: 'taggable', typeAttribute: 'taggableType', idAttribute: 'taggableId', targets: ['Post', 'Video'] }
 * ```
 */
export interface PivotMorphDesign {
  /** Morph name (`taggable`). */
  name: string
  /** Edge attribute holding the polymorphic model's key prefix (`POST`). */
  typeAttribute: string
  /** Edge attribute holding the polymorphic model's id. */
  idAttribute: string
  /** Models on the polymorphic side (`Post`, `Video`), sorted. */
  targets: string[]
}

/**
 * The traits of an entity as the design resolves them: timestamps, soft deletes, generated ids, TTL, versioning
 * and seeding; null where the trait is off.
 *
 * @example
 * ```ts
 * const traits: TraitsDesign = design.entities.Post!.traits
 * console.log(traits.timestamps?.createdAt, traits.softDeletes?.attribute, traits.generatedId?.kind)
 * ```
 */
export interface TraitsDesign {
  timestamps: { createdAt: string; updatedAt: string; format: 'iso' | 'unix' | 'unixMs' } | null
  softDeletes: { attribute: string } | null
  /** Generated ids for the primary key. */
  generatedId: { kind: 'uuid' | 'uuidv7' | 'ulid' | 'nanoid' } | null
  ttl: { attribute: string } | null
  versioning: { attribute: string } | null
  /** `useSeeder`: how many rows the seeders create for this model; null = not seeded. */
  seeder: { count: number } | null
}

/**
 * A relation the model declares but the design leaves out, because its target model was not loaded (Stacks
 * keeps some models, such as access tokens, in framework packages). Using it at run time is a typed error
 * that quotes `reason`.
 *
 * @example
 * ```ts
 * for (const omitted of Object.values(design.entities.User!.omittedRelations)) console.log(omitted.name, omitted.reason)
 * ```
 */
export interface OmittedRelationDesign {
  name: string
  kind: RelationKind
  target: string
  /** Where the model declares it (`hasMany[1]`, `hasMany.tokens`). */
  key: string
  reason: string
}

/**
 * One model in the design: its key prefix and keys, index entries, attributes, relations, unique guards,
 * traits, and the exact requests for `find(id)` and for listing the type.
 *
 * @example
 * ```ts
 * const user: EntityDesign = deriveDesign(models, { tableName: 'app' }).entities.User!
 * console.log(user.prefix, user.partitionKey.template, user.indexKeys.length, user.access.byId.operation) // USER USER#{id} 2 GetItem
 * ```
 */
export interface EntityDesign {
  /** Model name, e.g. `User`; also the value of the entity type attribute. */
  name: string
  /** Key prefix, e.g. `USER`. */
  prefix: string
  /** Attributes forming the primary key (one, or several for composite keys). */
  primaryKey: string[]
  /** Base item keys. */
  partitionKey: KeyDesign
  sortKey: KeyDesign
  /** Keys this entity writes on global/local indexes. */
  indexKeys: EntityIndexKeys[]
  /** False when the model opted out of the list-by-type entry (`typeIndex: false`). */
  typeIndex: boolean
  attributes: Record<string, AttributeDesign>
  relations: Record<string, RelationDesign>
  /** Declared relations left out of the design (target model not loaded), by relation name. */
  omittedRelations: Record<string, OmittedRelationDesign>
  uniqueGuards: UniqueGuardDesign[]
  traits: TraitsDesign
  /** Model file the entity came from, when loaded from disk (for error messages). */
  source: string | null
  /** Set when items live in a parent's item collection (their keys need the parent's id). */
  collectionParent: { entity: string; foreignKey: string } | null
  /** Exact requests for `find(id)` (by primary key fields alone) and for listing every item of the type. */
  access: {
    byId: RelationAccess
    /** null when no index lists the type: listing then needs a Scan. */
    list: RelationAccess | null
  }
}

/**
 * The kind of an access pattern in the design's matrix (by id, list all, children of a parent, by unique
 * attribute, time range, ...).
 *
 * @example
 * ```ts
 * const byParent = design.accessPatterns.filter((p) => p.kind === ('childrenByParent' satisfies AccessOperationKind))
 * ```
 */
export type AccessOperationKind =
  | 'getById'
  | 'listAll'
  | 'childrenByParent'
  | 'parentOfChild'
  | 'byUniqueAttribute'
  | 'byIndexedAttribute'
  | 'timeRange'
  | 'relatedMany'

/**
 * One access pattern the design serves: the entity, kind and description, the request it sends (operation,
 * index, sample key condition), ORM code for it, and its cost.
 *
 * @example
 * ```ts
 * for (const p of design.accessPatterns) console.log(`${p.description}: ${p.operation} ${p.keyCondition}`)
 * // Posts of a User: Query gsi1pk = USER#123 AND begins_with(gsi1sk, POST#)
 * ```
 */
export interface AccessPattern {
  entity: string
  kind: AccessOperationKind
  /** Short description, e.g. `Posts of a User`. */
  description: string
  operation: 'GetItem' | 'Query' | 'Scan' | 'BatchGetItem'
  index: string | null
  /** Example key condition with sample values, e.g. `gsi1pk = USER#123 AND begins_with(gsi1sk, POST#)`. */
  keyCondition: string
  /** Example ORM code for the pattern. */
  example: string
  cost: 'GetItem' | 'Query' | 'Scan'
  /** Other entity types the key condition also reads (filtered out by entity type); see `RelationAccess`. */
  alsoMatches: string[]
}

/**
 * Something in the design worth attention (a Scan-only access, a hot partition, an index budget spent), with a
 * suggestion when there is one.
 *
 * @example
 * ```ts
 * for (const w of deriveDesign(models, { tableName: 'app' }).warnings) console.warn(`${w.code} ${w.entity ?? ''}: ${w.message}`, w.suggestion ?? '')
 * ```
 */
export interface DesignWarning {
  code: string
  entity: string | null
  message: string
  suggestion: string | null
}
