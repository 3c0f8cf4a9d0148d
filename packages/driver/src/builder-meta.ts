import type { Design } from './orm-handle'
import { SchemaMap } from './schema-map'

/** Relation name -> target model, per kind the builder's `with()` joins. */
export interface RelationKindMap {
  hasOne?: Record<string, string>
  hasMany?: Record<string, string>
  belongsTo?: Record<string, string>
  belongsToMany?: Record<string, string>
  morphOne?: Record<string, string>
  morphMany?: Record<string, string>
  morphToMany?: Record<string, string>
  morphedByMany?: Record<string, string>
}
type JoinableKind = keyof RelationKindMap

/**
 * bun-query-builder's `meta` (its SchemaMeta shape) derived from our design, so `with('posts')` resolves
 * the same relation names the ORM declares and emits the joins the driver turns back into eager loads.
 *
 * @example
 * ```ts
 * const meta: BuilderMeta = builderMeta(orm.design)
 * console.log(meta.modelToTable.User, meta.primaryKeys.users) // 'users' 'id'
 * ```
 */
export interface BuilderMeta {
  readonly modelToTable: Record<string, string>
  readonly tableToModel: Record<string, string>
  readonly primaryKeys: Record<string, string>
  readonly relations: Record<string, RelationKindMap>
}

/** Relation kinds the builder's `with()` has a join shape for (0.1.13), under the same kind names. */
const joinable = new Set<string>([
  'hasOne',
  'hasMany',
  'belongsTo',
  'belongsToMany',
  'morphOne',
  'morphMany',
  'morphToMany',
  'morphedByMany',
])

/**
 * bun-query-builder's `meta` (tables, primary keys, relations) derived from the design, so the builder's `with()` knows the ORM's relations.
 *
 * @example
 * ```ts
 * const db = bqb.createQueryBuilder({ sql: createDynamoConnection(orm), meta: builderMeta(orm.design) })
 * ```
 */
export function builderMeta(design: Design): BuilderMeta {
  const meta: BuilderMeta = { modelToTable: {}, tableToModel: {}, primaryKeys: {}, relations: {} }
  for (const entity of Object.values(design.entities)) {
    const table = SchemaMap.tableName(entity.name)
    meta.modelToTable[entity.name] = table
    meta.tableToModel[table] = entity.name
    meta.primaryKeys[table] = entity.primaryKey[0] ?? 'id'
    const relations: RelationKindMap = {}
    for (const relation of Object.values(entity.relations)) {
      const entry = metaEntry(relation)
      if (entry) relations[entry.kind] = { ...relations[entry.kind], [relation.name]: entry.target }
    }
    meta.relations[table] = relations
  }
  return meta
}

/**
 * Where a relation goes in the builder's meta. A morphTo has no kind there (its target is decided per
 * row), and `with()` refuses names it does not list; listed under hasOne with an unresolvable target,
 * the builder emits `LEFT JOIN <relation name> ON ...`, which the driver loads as the ORM's morphTo.
 */
function metaEntry(relation: {
  readonly kind: string
  readonly name: string
  readonly target: string | null
}): { kind: JoinableKind; target: string } | null {
  if (relation.kind === 'morphTo') return { kind: 'hasOne', target: relation.name }
  if (!joinable.has(relation.kind) || !relation.target) return null
  return { kind: relation.kind as JoinableKind, target: relation.target }
}
