import {
  type CompiledKeyTemplate,
  compileKeyTemplate,
  type EntityDesign,
  type ModelDefinition,
  type TableDesign,
} from '@dbtooling/schema'
import { type BlindIndexer, blindTemplate } from '../security/blind-index'
import { shardedTemplate } from './sharded-template'

/**
 * One index entry of a compiled entity: the index, its key attribute names and compiled templates, the fields
 * they read, and whether the entry is sparse or hides soft-deleted items.
 *
 * @example
 * ```ts
 * const entry: CompiledIndexKey | undefined = orm.ctx.entity('Post').indexKeys.find((k) => k.index === 'GSI1')
 * entry?.partition.render({ userId: '7' }) // e.g. 'USER#7'
 * ```
 */
export interface CompiledIndexKey {
  readonly index: string
  readonly partitionAttribute: string
  readonly sortAttribute: string
  readonly partition: CompiledKeyTemplate
  readonly sort: CompiledKeyTemplate
  /** Every field both templates read, so sparse checks loop once. */
  readonly fields: readonly string[]
  readonly sparse: boolean
  readonly excludeSoftDeleted: boolean
}

/**
 * The unique guard of one attribute of a compiled entity: the attribute and the compiled key template of its
 * guard item.
 *
 * @example
 * ```ts
 * for (const guard of orm.ctx.entity('User').guards) console.log(guard.attribute, guard.key.render({ email: 'ada@example.com' }))
 * ```
 */
export interface CompiledGuard {
  readonly attribute: string
  readonly key: CompiledKeyTemplate
}

/**
 * An entity with its key templates compiled once. Writes and reads go through this object, so nothing
 * is parsed or looked up in the design per item.
 *
 * @example
 * ```ts
 * const user: CompiledEntity = orm.ctx.entity('User')
 * user.partition.render({ id: '1' }) // e.g. 'USER#1'
 * console.log(user.primaryKey, user.indexKeys.map((k) => k.index), [...user.storageAttributes])
 * ```
 */
export interface CompiledEntity {
  readonly name: string
  readonly design: EntityDesign
  /** The model definition as written (functions included), or null when built from a design alone. */
  readonly definition: ModelDefinition | null
  readonly table: TableDesign
  readonly partitionAttribute: string
  readonly sortAttribute: string
  readonly entityTypeAttribute: string
  readonly partition: CompiledKeyTemplate
  readonly sort: CompiledKeyTemplate
  readonly indexKeys: readonly CompiledIndexKey[]
  readonly guards: readonly CompiledGuard[]
  /** Attribute names that exist only in storage (keys, entity type, version): stripped when reading. */
  readonly storageAttributes: ReadonlySet<string>
  /** Every attribute read by a key template: changing one of them re-renders keys on update. */
  readonly keyFields: ReadonlySet<string>
  readonly primaryKey: readonly string[]
  readonly versionAttribute: string | null
  readonly softDeleteAttribute: string | null
  /** Attributes with `masked: true`: shown as `***` in toJSON and errors. */
  readonly maskedAttributes: ReadonlySet<string>
}

/**
 * Compiles an entity of a table design: its key, index key and guard templates parsed once, plus the sets
 * of storage-only, key and masked attributes. Pass the `BlindIndexer` when the entity has searchable attributes.
 *
 * @example
 * ```ts
 * const user = compileEntity(orm.design, orm.design.entities.User!, null)
 * const item = toItem(orm.ctx, user, { id: '1', email: 'ada@example.com' })
 * ```
 */
export function compileEntity(
  table: TableDesign,
  design: EntityDesign,
  definition: ModelDefinition | null,
  blindIndexer: BlindIndexer | null = null,
): CompiledEntity {
  const compile = (template: string) => compileKeyTemplate(template, table.delimiter, table.delimiterPolicy)
  const indexKeys = design.indexKeys.map(
    (keys): CompiledIndexKey => ({
      index: keys.index,
      partitionAttribute: keys.partitionKey.attribute,
      sortAttribute: keys.sortKey.attribute,
      partition: keys.blindIndex
        ? blindTemplate(compile(keys.partitionKey.template), design.name, keys.blindIndex, blindIndexer)
        : shardedTemplate(compile(keys.partitionKey.template), keys.shards, table.delimiter),
      sort: compile(keys.sortKey.template),
      fields: [...new Set([...keys.partitionKey.fields, ...keys.sortKey.fields])],
      sparse: keys.sparse,
      excludeSoftDeleted: keys.excludeSoftDeleted,
    }),
  )
  const versionAttribute = design.traits.versioning?.attribute ?? null
  const storage = new Set([table.partitionKey, table.sortKey, table.entityTypeAttribute])
  for (const keys of indexKeys) storage.add(keys.partitionAttribute).add(keys.sortAttribute)
  if (versionAttribute) storage.add(versionAttribute)
  const keyFields = new Set([...design.partitionKey.fields, ...design.sortKey.fields])
  for (const keys of indexKeys) for (const field of keys.fields) keyFields.add(field)
  return {
    name: design.name,
    design,
    definition,
    table,
    partitionAttribute: table.partitionKey,
    sortAttribute: table.sortKey,
    entityTypeAttribute: table.entityTypeAttribute,
    partition: compile(design.partitionKey.template),
    sort: compile(design.sortKey.template),
    indexKeys,
    guards: design.uniqueGuards.map((guard) => ({
      attribute: guard.attribute,
      key: compile(guard.template),
    })),
    storageAttributes: storage,
    keyFields,
    primaryKey: design.primaryKey,
    versionAttribute,
    softDeleteAttribute: design.traits.softDeletes?.attribute ?? null,
    maskedAttributes: new Set(
      Object.values(design.attributes)
        .filter((attribute) => attribute.masked)
        .map((attribute) => attribute.name),
    ),
  }
}
