import { DriverError } from './errors'
import type { Design, EntityOf } from './orm-handle'

/**
 * How SQL names meet the design: a table is a model (by name, `users`, `user`, `User`), a column an
 * attribute (by name or its snake_case form, `team_id` for `teamId`), so the builder's conventions and
 * ours meet without configuration.
 *
 * @example
 * ```ts
 * const schema = new SchemaMap(orm.design)
 * const user = schema.entity('users') // the User entity
 * console.log(schema.attribute(user, 'team_id')) // 'teamId'
 * ```
 */
export class SchemaMap {
  readonly #design: Design
  readonly #tables = new Map<string, string>()
  readonly #attributes = new Map<string, Set<string>>()

  constructor(design: Design) {
    this.#design = design
    for (const name of Object.keys(design.entities)) {
      for (const alias of tableAliases(name)) if (!this.#tables.has(alias)) this.#tables.set(alias, name)
    }
  }

  /** The SQL table name bun-query-builder uses for a model (`User` -> `users`). */
  static tableName(model: string): string {
    return pluralize(snakeCase(model))
  }

  /**
   * The belongsToMany relation a pivot table stands for: bun-query-builder names it from the two tables
   * (`role_user` for users and roles, columns `user_id`, `role_id`); we store its rows as edge items.
   */
  pivot(table: string): PivotTable | null {
    return this.#belongsToManyPivot(table) ?? this.#morphPivot(table)
  }

  /** The first side declaring the relation owns the rows; the other side (if declared) is its `inverse`. */
  #belongsToManyPivot(table: string): PivotTable | null {
    const sides: PivotTable[] = []
    for (const owner of Object.values(this.#design.entities)) {
      for (const relation of Object.values(owner.relations)) {
        if (relation.kind !== 'belongsToMany' || !relation.target || !relation.pivot) continue
        const ownerName = builderSingular(SchemaMap.tableName(owner.name))
        const targetName = builderSingular(SchemaMap.tableName(relation.target))
        if ([ownerName, targetName].sort().join('_') !== table) continue
        if (sides.some((side) => side.owner === owner.name)) continue
        sides.push({
          owner: owner.name,
          relation: relation.name,
          ownerColumn: `${ownerName}_id`,
          targetColumn: `${targetName}_id`,
          morph: null,
          inverse: null,
        })
      }
    }
    const [first, second] = sides
    return first ? { ...first, inverse: second ?? null } : null
  }

  /**
   * The morphToMany edges a table stands for, Laravel's naming: `taggables` (the edge entity `Taggable`)
   * with `tag_id`, `taggable_id`, `taggable_type`. Each row's type (model name or key prefix) picks the
   * tagged model whose relation writes it.
   */
  #morphPivot(table: string): PivotTable | null {
    const owners = new Map<string, { owner: string; relation: string }>()
    let found: Pick<PivotTable, 'ownerColumn' | 'targetColumn'> & { typeColumn: string } = {
      ownerColumn: '',
      targetColumn: '',
      typeColumn: '',
    }
    for (const owner of Object.values(this.#design.entities)) {
      for (const relation of Object.values(owner.relations)) {
        const { pivot } = relation
        const morph = pivot?.morph
        if (relation.kind !== 'morphToMany' || !pivot || !morph) continue
        if (SchemaMap.tableName(pivot.entityType) !== table) continue
        const entry = { owner: owner.name, relation: relation.name }
        owners.set(owner.name, entry).set(owner.prefix, entry)
        found = {
          ownerColumn: snakeCase(morph.idAttribute),
          targetColumn: snakeCase(relatedField(pivot, relation.foreignKey)),
          typeColumn: snakeCase(morph.typeAttribute),
        }
      }
    }
    const [first] = owners.values()
    if (!first) return null
    const { typeColumn, ...columns } = found
    return { ...first, ...columns, morph: { typeColumn, owners }, inverse: null }
  }

  entity(table: string, sql?: string): EntityOf {
    const name = this.#tables.get(table) ?? this.#tables.get(table.toLowerCase())
    const entity = name ? this.#design.entities[name] : undefined
    if (entity) return entity
    throw new DriverError('UNKNOWN_TABLE', `No model is stored as table "${table}"`, {
      sql,
      hint: `use a model's table name (${Object.keys(this.#design.entities)
        .map((model) => SchemaMap.tableName(model))
        .join(', ')}) or add the model to the ORM`,
    })
  }

  /**
   * A value as it is stored. A morphTo type attribute holds the parent's key prefix (`POST`, so that
   * `{commentableType}#{commentableId}` is the parent's key); the parent's model name (`Post`, what the
   * builder's morph joins and Laravel-style code write) is stored as that prefix. Others are unchanged.
   */
  storedValue(entity: EntityOf, attribute: string, value: unknown): unknown {
    if (typeof value !== 'string') return value
    for (const relation of Object.values(entity.relations)) {
      if (relation.kind !== 'morphTo' || relation.morph?.typeAttribute !== attribute) continue
      if (relation.morph.targets.includes(value)) return this.#design.entities[value]?.prefix ?? value
    }
    return value
  }

  /** The attribute a column names on an entity (primary key fields included). */
  attribute(entity: EntityOf, column: string, sql?: string): string {
    const bare = column.includes('.') ? column.slice(column.lastIndexOf('.') + 1) : column
    const known = this.#attributes.get(entity.name) ?? knownAttributes(entity)
    this.#attributes.set(entity.name, known)
    if (known.has(bare)) return bare
    const camel = camelCase(bare)
    if (known.has(camel)) return camel
    throw new DriverError('UNKNOWN_COLUMN', `${entity.name} has no attribute "${column}"`, {
      sql,
      hint: `use one of ${[...known].join(', ')}`,
    })
  }
}

/** A pivot table of bun-query-builder's naming, as one of our belongsToMany relations. */
export interface PivotTable {
  /** Model whose relation the rows are (`User`), and the relation (`roles`). */
  readonly owner: string
  readonly relation: string
  /** Columns holding the owner's and the related model's ids (`user_id`, `role_id`). */
  readonly ownerColumn: string
  readonly targetColumn: string
  /**
   * morphToMany edges: the column naming the tagged model (`taggable_type`) and, per value it may hold
   * (model name or key prefix), the model and relation that write the edge; `owner`/`relation` above
   * are the first of them. null for belongsToMany.
   */
  readonly morph: {
    readonly typeColumn: string
    readonly owners: ReadonlyMap<string, { readonly owner: string; readonly relation: string }>
  } | null
  /** belongsToMany: the same rows seen from the other model, when it declares the relation too. */
  readonly inverse: PivotTable | null
}

type PivotDesign = NonNullable<EntityOf['relations'][string]['pivot']>

/** The edge key field holding the related model's id: neither the owner's id nor the morph type. */
function relatedField(pivot: PivotDesign, ownerField: string): string {
  const fields = [...pivot.partitionKey.fields, ...pivot.sortKey.fields]
  return fields.find((field) => field !== ownerField && field !== pivot.morph?.typeAttribute) ?? ownerField
}

/** The builder's singular of a table name: a trailing `s` dropped. */
function builderSingular(table: string): string {
  return table.endsWith('s') ? table.slice(0, -1) : table
}

function knownAttributes(entity: EntityOf): Set<string> {
  const names = new Set<string>(entity.primaryKey)
  for (const name of Object.keys(entity.attributes)) names.add(name)
  // Foreign keys of belongsTo relations are attributes even when the model does not declare them.
  for (const relation of Object.values(entity.relations)) {
    if (relation.kind === 'belongsTo') names.add(relation.foreignKey)
    if (relation.kind === 'morphTo' && relation.morph)
      names.add(relation.morph.typeAttribute).add(relation.morph.idAttribute)
  }
  const { timestamps, softDeletes } = entity.traits
  if (timestamps) names.add(timestamps.createdAt).add(timestamps.updatedAt)
  if (softDeletes) names.add(softDeletes.attribute)
  return names
}

function tableAliases(model: string): string[] {
  const snake = snakeCase(model)
  return [model, model.toLowerCase(), snake, pluralize(snake), pluralize(model.toLowerCase())]
}

export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase())
}

function pluralize(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`
  return `${name}s`
}
