import type { RelationKind } from '../design/types'
import { compare } from './compare'
import { asList, invalid, isRecord, type Loose, optionalString, type Where } from './guards'
import { camelName, foreignKeyFor, pluralize } from './naming'
import type { NormalizedRelation } from './normalized'

const PLURAL_KINDS: ReadonlySet<RelationKind> = new Set(['hasMany', 'belongsToMany', 'morphMany'])
const TARGET_KINDS = ['hasOne', 'hasMany', 'belongsTo', 'belongsToMany', 'morphOne', 'morphMany'] as const

/** Relations in a fixed order (kind, then name), each with its names and keys filled in. */
export function normalizeRelations(where: Where & { model: string }, raw: Loose): NormalizedRelation[] {
  const relations: NormalizedRelation[] = []
  for (const kind of TARGET_KINDS) {
    asList(raw[kind]).forEach((entry, index) => {
      relations.push(targetRelation(where, kind, entry, `${kind}[${index}]`))
    })
  }
  asList(raw.morphTo).forEach((entry, index) => {
    relations.push(morphToRelation(where, entry, `morphTo[${index}]`))
  })
  relations.sort((a, b) => compare(a.name, b.name) || compare(a.kind, b.kind))
  return relations
}

/** Default relation name: `hasMany: 'Post'` -> `posts`, `belongsTo: 'Team'` -> `team`. */
export function defaultRelationName(kind: RelationKind, target: string): string {
  const base = camelName(target)
  return PLURAL_KINDS.has(kind) ? pluralize(base) : base
}

function targetRelation(
  where: Where & { model: string },
  kind: (typeof TARGET_KINDS)[number],
  entry: unknown,
  path: string,
): NormalizedRelation {
  const object: Loose = typeof entry === 'string' ? { model: entry } : isRecord(entry) ? entry : {}
  const target = optionalString(where, object, 'model', `${path}.model`)
  if (!target) {
    throw invalid(where, path, `${kind} entry must be a model name or { model }`, `${kind}: ['Post']`)
  }
  const morphName = optionalString(where, object, 'morphName', `${path}.morphName`)
  const owner = kind === 'belongsTo' ? target : where.model
  const foreignKey =
    optionalString(where, object, 'foreignKey', `${path}.foreignKey`) ??
    (morphName ? `${morphName}Id` : foreignKeyFor(owner))
  return {
    kind,
    name:
      optionalString(where, object, 'relationName', `${path}.relationName`) ??
      defaultRelationName(kind, target),
    target,
    foreignKey,
    localKey: optionalString(where, object, 'localKey', `${path}.localKey`),
    relatedKey:
      kind === 'belongsToMany'
        ? (optionalString(where, object, 'relatedKey', `${path}.relatedKey`) ?? foreignKeyFor(target))
        : null,
    collection: object.collection === true,
    pivot: kind === 'belongsToMany' ? pivotOf(object.pivot, object.pivotTable) : null,
    morphName,
    morph: morphName ? { typeAttribute: `${morphName}Type`, idAttribute: `${morphName}Id` } : null,
    path,
  }
}

/** Stacks writes `pivotTable: 'post_tags'` or `pivot: { table, attributes }`. */
function pivotOf(raw: unknown, pivotTable: unknown): NonNullable<NormalizedRelation['pivot']> {
  const pivot: Loose = isRecord(raw) ? raw : typeof pivotTable === 'string' ? { table: pivotTable } : {}
  const attributes = Array.isArray(pivot.attributes)
    ? pivot.attributes.filter((name): name is string => typeof name === 'string').sort()
    : []
  return { table: typeof pivot.table === 'string' ? pivot.table : null, attributes }
}

function morphToRelation(where: Where & { model: string }, entry: unknown, path: string): NormalizedRelation {
  const object: Loose = typeof entry === 'string' ? { name: entry } : isRecord(entry) ? entry : {}
  const name = optionalString(where, object, 'name', `${path}.name`)
  if (!name) throw invalid(where, path, 'morphTo entry must be a morph name', "morphTo: 'commentable'")
  const typeAttribute = optionalString(where, object, 'type', `${path}.type`) ?? `${name}Type`
  const idAttribute = optionalString(where, object, 'id', `${path}.id`) ?? `${name}Id`
  return {
    kind: 'morphTo',
    name: optionalString(where, object, 'relationName', `${path}.relationName`) ?? name,
    target: null,
    foreignKey: idAttribute,
    localKey: null,
    relatedKey: null,
    collection: false,
    pivot: null,
    morphName: name,
    morph: { typeAttribute, idAttribute },
    path,
  }
}
