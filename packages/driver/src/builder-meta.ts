import type { Design } from './orm-handle'
import { SchemaMap } from './schema-map'

/** Relation name -> target model, per kind the builder's `with()` joins. */
export interface RelationKindMap {
  hasOne?: Record<string, string>
  hasMany?: Record<string, string>
  belongsTo?: Record<string, string>
  belongsToMany?: Record<string, string>
}
type JoinableKind = keyof RelationKindMap

/**
 * bun-query-builder's `meta` (its SchemaMeta shape) derived from our design, so `with('posts')` resolves
 * the same relation names the ORM declares and emits the joins the driver turns back into eager loads.
 */
export interface BuilderMeta {
  readonly modelToTable: Record<string, string>
  readonly tableToModel: Record<string, string>
  readonly primaryKeys: Record<string, string>
  readonly relations: Record<string, RelationKindMap>
}

/** Relation kinds the builder's `with()` joins; morph relations have no join shape there. */
const joinable = new Set<string>(['hasOne', 'hasMany', 'belongsTo', 'belongsToMany'])

export function builderMeta(design: Design): BuilderMeta {
  const meta: BuilderMeta = { modelToTable: {}, tableToModel: {}, primaryKeys: {}, relations: {} }
  for (const entity of Object.values(design.entities)) {
    const table = SchemaMap.tableName(entity.name)
    meta.modelToTable[entity.name] = table
    meta.tableToModel[table] = entity.name
    meta.primaryKeys[table] = entity.primaryKey[0] ?? 'id'
    const relations: RelationKindMap = {}
    for (const relation of Object.values(entity.relations)) {
      if (!joinable.has(relation.kind) || !relation.target) continue
      const kind = relation.kind as JoinableKind
      relations[kind] = { ...relations[kind], [relation.name]: relation.target }
    }
    meta.relations[table] = relations
  }
  return meta
}
