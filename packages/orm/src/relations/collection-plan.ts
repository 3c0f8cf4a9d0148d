import { type EntityDesign, parseTemplate, type RelationDesign, type TableDesign } from '@dbtooling/schema'
import { queryKeyCondition, render } from './access-keys'

type Attributes = Readonly<Record<string, unknown>>

/** One relation a collection Query answers, and the sort-key prefix its items start with. */
export interface CollectionMember {
  readonly relation: RelationDesign
  readonly prefix: string
}

/**
 * One Query over a parent's item collection that answers several reads at once: the parent item itself
 * (when `parentSortKey` is set) and every member relation. The sort-key range spans those reads and no
 * other item type, so beyond the parent item the Query reads nothing the separate requests would not.
 */
export interface CollectionPlan {
  readonly entity: string
  readonly members: readonly CollectionMember[]
  readonly partition: { readonly attribute: string; readonly value: string }
  readonly range: { readonly attribute: string; readonly low: string; readonly high: string }
  readonly parentSortKey: string | null
}

/** hasMany/hasOne relations whose children live in the parent's item collection, read on the table. */
export function inCollection(relation: RelationDesign): boolean {
  const { access } = relation
  return (
    (relation.kind === 'hasMany' || relation.kind === 'hasOne') &&
    access.inParentCollection &&
    access.index === null &&
    access.operation === 'Query' &&
    access.sortKey !== null
  )
}

/**
 * The collection Query for `entity` and `relations`, rendered from `source` (the parent's attributes, or
 * just its key when `withParent`), or null when one Query cannot serve them without reading more:
 * - the parent must own its partition (its partition key names its whole primary key, `USER#{id}`), so
 *   no other item of its type shares the range;
 * - every relation must be an in-collection hasMany/hasOne in that partition;
 * - no other item type of the partition (collection children not asked for, edge items) may sort inside
 *   the range, since the Query would read and discard them.
 */
export function planCollectionRead(
  design: TableDesign,
  entityName: string,
  source: Attributes,
  relations: readonly RelationDesign[],
  withParent: boolean,
): CollectionPlan | null {
  const entity = design.entities[entityName]
  if (!entity || !ownsPartition(entity)) return null
  if (relations.length === 0 || !relations.every(inCollection)) return null
  if (!entity.partitionKey.fields.every((field) => present(source[field]))) return null
  const partition = render(design, entity.partitionKey.template, source)
  const members: CollectionMember[] = []
  for (const relation of relations) {
    if (!relation.access.partitionKey.fields.every((field) => present(source[field]))) return null
    const condition = queryKeyCondition(design, relation.access, source)
    if (condition.partition.value !== partition || !condition.prefix) return null
    members.push({ relation, prefix: condition.prefix.value })
  }
  const parentSortKey = withParent ? render(design, entity.sortKey.template, source) : null
  const range = rangeOf(members, parentSortKey)
  if (!range) return null
  const wanted = new Set([entity.name, ...members.map((member) => member.relation.access.entityType)])
  for (const other of partitionMates(design, entity.partitionKey.template)) {
    if (wanted.has(other.entityType)) continue
    if (members.some((member) => other.prefix.startsWith(member.prefix))) continue
    if (overlaps(other.prefix, range)) return null
  }
  return {
    entity: entity.name,
    members,
    partition: { attribute: entity.partitionKey.attribute, value: partition },
    range: { attribute: entity.sortKey.attribute, ...range },
    parentSortKey,
  }
}

/** The partition key names the whole primary key, so the partition holds this one item of the type. */
function ownsPartition(entity: EntityDesign): boolean {
  return entity.primaryKey.every((field) => entity.partitionKey.fields.includes(field))
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

/**
 * The smallest text above every key starting with `prefix`: its last character incremented. UTF-8 keeps
 * code point order, so this holds for DynamoDB's byte-wise comparison; null past the BMP's low half.
 */
export function prefixEnd(prefix: string): string | null {
  const last = prefix.charCodeAt(prefix.length - 1)
  if (prefix.length === 0 || Number.isNaN(last) || last >= 0xd7ff) return null
  return `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`
}

function rangeOf(
  members: readonly CollectionMember[],
  parentSortKey: string | null,
): { low: string; high: string } | null {
  const lows = members.map((member) => member.prefix)
  const highs: string[] = []
  for (const member of members) {
    const end = prefixEnd(member.prefix)
    if (end === null) return null
    highs.push(end)
  }
  if (parentSortKey !== null) {
    lows.push(parentSortKey)
    highs.push(parentSortKey)
  }
  return { low: lows.reduce(min), high: highs.reduce(max) }
}

const min = (a: string, b: string) => (b < a ? b : a)
const max = (a: string, b: string) => (b > a ? b : a)

/** Keys starting with `prefix` fall in [prefix, prefixEnd(prefix)); do they meet [low, high]? */
function overlaps(prefix: string, range: { low: string; high: string }): boolean {
  const end = prefixEnd(prefix)
  return prefix <= range.high && (end === null || end > range.low)
}

interface Mate {
  entityType: string
  /** Literal text every sort key of the type starts with. */
  prefix: string
}

/**
 * Every item type that can share a partition shaped like `template` on the table: entities (collection
 * children, custom keys) and edge items (morph edges once per tagged type, whose type renders as a
 * literal). Read from the relations' pivots, which carry tenant prefixes when the design has them.
 */
function partitionMates(design: TableDesign, template: string): Mate[] {
  const shape = shapeOf(design, template)
  const mates: Mate[] = []
  const add = (entityType: string, pk: string, sk: string) => {
    if (shapeOf(design, pk) === shape) mates.push({ entityType, prefix: literalStart(sk) })
  }
  const pivots = new Map<string, NonNullable<RelationDesign['pivot']>>()
  for (const entity of Object.values(design.entities)) {
    add(entity.name, entity.partitionKey.template, entity.sortKey.template)
    for (const relation of Object.values(entity.relations))
      if (relation.pivot) pivots.set(relation.pivot.entityType, relation.pivot)
  }
  for (const pivot of pivots.values()) {
    const morph = pivot.morph
    if (!morph) {
      add(pivot.entityType, pivot.partitionKey.template, pivot.sortKey.template)
      continue
    }
    for (const target of morph.targets) {
      const type = design.entities[target]?.prefix ?? target
      const fill = (text: string) => text.replace(`{${morph.typeAttribute}}`, type)
      add(pivot.entityType, fill(pivot.partitionKey.template), fill(pivot.sortKey.template))
    }
  }
  return mates
}

/** The template with placeholders blanked, so `POST#{id}` and `POST#{postId}` compare equal. */
function shapeOf(design: TableDesign, template: string): string {
  return parseTemplate(template, design.delimiter)
    .parts.map((part) => ('literal' in part ? part.literal : '\u0000'))
    .join('')
}

function literalStart(template: string): string {
  const open = template.indexOf('{')
  return open === -1 ? template : template.slice(0, open)
}
