import { DriverError } from '../errors'
import type { EntityOf } from '../orm-handle'
import { type AstNode, isNode } from '../sql/ast'
import { refuse } from './refusals'
import type { StatementScope } from './select'

interface Joined {
  readonly entity: EntityOf
  /** Relation path from the base model (`posts`, `posts.comments`); '' for the base. */
  readonly path: string
}

/**
 * The relations a SELECT's LEFT JOINs stand for. bun-query-builder's `with('posts')` emits
 * `LEFT JOIN posts ON posts.user_id = users.id` (through a pivot table for belongsToMany); each joined
 * model is matched to the relation of the model it is joined from, and loaded by the ORM's eager loader.
 * Any other join is refused: DynamoDB has no joins.
 */
export function joinedRelations(
  base: EntityOf,
  baseTable: string,
  joins: readonly AstNode[],
  scope: StatementScope,
): string[] {
  const tables = new Map<string, Joined>([[baseTable, { entity: base, path: '' }]])
  const pivots = new Map<string, Joined>()
  const paths: string[] = []
  for (const join of joins) {
    if (String(join.join).toUpperCase() !== 'LEFT JOIN' || isNode(join.expr)) throw refuse('JOIN', scope.sql)
    const table = String(join.table)
    const from = joinedFrom(join, table, tables, pivots, scope)
    pivots.delete(onTables(join.on).find((side) => pivots.has(side)) ?? '')
    const target = modelTable(table, scope)
    if (target) {
      const path = pathOf(from, relationTo(from.entity, target, scope))
      tables.set(table, { entity: target, path })
      paths.push(path)
    } else if (morphToNamed(from.entity, table)) paths.push(pathOf(from, table))
    else pivots.set(table, from)
  }
  // A joined table that is neither a model nor the pivot of a later join stands for nothing we can load.
  for (const table of pivots.keys()) throw unknownJoin(table, scope)
  // A nested path includes its parents; the eager loader wants the deepest ones only.
  return paths.filter((path) => !paths.some((other) => other.startsWith(`${path}.`)))
}

function pathOf(from: Joined, relation: string): string {
  return from.path ? `${from.path}.${relation}` : relation
}

/** The builder joins a morphTo (listed in its meta under the relation's name) as a table of that name. */
function morphToNamed(entity: EntityOf, table: string): boolean {
  return Object.values(entity.relations).some(
    (relation) => relation.kind === 'morphTo' && relation.name === table,
  )
}

function unknownJoin(table: string, scope: StatementScope): DriverError {
  return new DriverError('UNKNOWN_RELATION', `The join of "${table}" is neither a model nor a relation`, {
    sql: scope.sql,
    hint: 'load relations the models declare with with(<relation name>); query other tables on their own',
  })
}

function joinedFrom(
  join: AstNode,
  table: string,
  tables: ReadonlyMap<string, Joined>,
  pivots: ReadonlyMap<string, Joined>,
  scope: StatementScope,
): Joined {
  for (const side of onTables(join.on)) {
    if (side === table) continue
    const known = tables.get(side) ?? pivots.get(side)
    if (known) return known
  }
  throw refuse('JOIN', scope.sql)
}

function onTables(on: unknown): string[] {
  if (!isNode(on)) return []
  if (on.type === 'column_ref') return typeof on.table === 'string' ? [on.table] : []
  return [...onTables(on.left), ...onTables(on.right)]
}

function modelTable(table: string, scope: StatementScope): EntityOf | null {
  try {
    return scope.schema.entity(table, scope.sql)
  } catch {
    return null
  }
}

function relationTo(from: EntityOf, target: EntityOf, scope: StatementScope): string {
  const names = Object.values(from.relations)
    .filter((relation) => relation.target === target.name)
    .map((relation) => relation.name)
  if (names.length === 1 && names[0]) return names[0]
  throw new DriverError(
    'UNKNOWN_RELATION',
    names.length === 0
      ? `${from.name} has no relation to ${target.name}`
      : `${from.name} has ${names.length} relations to ${target.name} (${names.join(', ')})`,
    {
      sql: scope.sql,
      hint:
        names.length === 0
          ? `declare the relation on ${from.name} (hasMany, hasOne, belongsTo or belongsToMany), or query ${target.name} by its foreign key`
          : `load it through the ORM (${from.name}.query().with('${names[0]}')), which names the relation`,
    },
  )
}
