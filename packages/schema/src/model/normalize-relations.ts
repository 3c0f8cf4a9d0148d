import type { RelationKind } from '../design/types'
import { compare } from './compare'
import { invalid, isRecord, type Loose, optionalString, type Where } from './guards'
import { camelName, foreignKeyFor, pluralize } from './naming'
import type { NormalizedRelation } from './normalized'
import { relationEntries } from './relation-entries'

const PLURAL_KINDS: ReadonlySet<RelationKind> = new Set([
  'hasMany',
  'belongsToMany',
  'morphMany',
  'morphToMany',
  'morphedByMany',
])
const TARGET_KINDS = ['hasOne', 'hasMany', 'belongsTo', 'belongsToMany', 'morphOne', 'morphMany'] as const
const MORPH_PIVOT_KINDS = ['morphToMany', 'morphedByMany'] as const

/** Relations in a fixed order (kind, then name), each with its names and keys filled in. */
export function normalizeRelations(where: Where & { model: string }, raw: Loose): NormalizedRelation[] {
  const relations: NormalizedRelation[] = []
  for (const kind of TARGET_KINDS) {
    for (const { entry, path } of relationEntries(raw[kind], kind, 'model')) {
      relations.push(targetRelation(where, kind, entry, path))
    }
  }
  for (const { entry, path } of relationEntries(raw.morphTo, 'morphTo', 'name')) {
    relations.push(morphToRelation(where, entry, path))
  }
  for (const kind of MORPH_PIVOT_KINDS) {
    for (const { entry, path } of relationEntries(raw[kind], kind, 'model')) {
      relations.push(morphPivotRelation(where, kind, entry, path))
    }
  }
  relations.sort((a, b) => compare(a.name, b.name) || compare(a.kind, b.kind))
  return relations
}

/**
 * Default relation name: `hasMany: 'Post'` -> `posts`, `belongsTo: 'Team'` -> `team`.
 *
 * @example
 * ```ts
 * defaultRelationName('hasMany', 'Post') // 'posts'
 * defaultRelationName('belongsTo', 'Team') // 'team'
 * ```
 */
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
  const { object, target } = targetOf(where, kind, entry, path)
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
    pivot: kind === 'belongsToMany' ? pivotOf(object.pivot, object.pivotTable ?? object.table) : null,
    morphName,
    morph: morphName ? { typeAttribute: `${morphName}Type`, idAttribute: `${morphName}Id` } : null,
    morphInferred: false,
    path,
  }
}

function targetOf(where: Where & { model: string }, kind: string, entry: unknown, path: string) {
  const object: Loose = typeof entry === 'string' ? { model: entry } : isRecord(entry) ? entry : {}
  const target = optionalString(where, object, 'model', `${path}.model`)
  if (!target) {
    throw invalid(where, path, `${kind} entry must be a model name or { model }`, `${kind}: ['Post']`)
  }
  return { object, target }
}

/**
 * morphToMany (`Post` -> `Tag`) and its inverse morphedByMany (`Tag` -> `Post`): edges carry the tagged
 * model's type and id (`taggableType`, `taggableId`) and the shared model's id (`tagId`). Without a
 * declared morphName the default is `<shared model>able` on both sides, so they agree.
 */
function morphPivotRelation(
  where: Where & { model: string },
  kind: (typeof MORPH_PIVOT_KINDS)[number],
  entry: unknown,
  path: string,
): NormalizedRelation {
  const { object, target } = targetOf(where, kind, entry, path)
  const declared = optionalString(where, object, 'morphName', `${path}.morphName`)
  const type = optionalString(where, object, 'type', `${path}.type`)
  const id = optionalString(where, object, 'id', `${path}.id`)
  if (!declared && (type || id)) {
    throw invalid(where, path, `${kind} names edge attributes but no morph`, `add morphName: 'taggable'`)
  }
  const shared = kind === 'morphToMany' ? target : where.model
  const morphName = declared ?? `${camelName(shared)}able`
  const morph = { typeAttribute: type ?? `${morphName}Type`, idAttribute: id ?? `${morphName}Id` }
  const keyOption = kind === 'morphToMany' ? 'relatedKey' : 'foreignKey'
  const sharedKey = optionalString(where, object, keyOption, `${path}.${keyOption}`) ?? foreignKeyFor(shared)
  return {
    kind,
    name:
      optionalString(where, object, 'relationName', `${path}.relationName`) ??
      defaultRelationName(kind, target),
    target,
    foreignKey: kind === 'morphToMany' ? morph.idAttribute : sharedKey,
    localKey: optionalString(where, object, 'localKey', `${path}.localKey`),
    relatedKey: kind === 'morphToMany' ? sharedKey : morph.idAttribute,
    collection: false,
    pivot: pivotOf(object.pivot, object.pivotTable ?? object.table),
    morphName,
    morph,
    morphInferred: declared === null,
    path,
  }
}

/** Stacks writes `pivotTable: 'post_tags'`, `table: 'post_tags'` or `pivot: { table, attributes }`. */
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
    morphInferred: false,
    path,
  }
}
