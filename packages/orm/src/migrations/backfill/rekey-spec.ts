import { type CompiledKeyTemplate, compileKeyTemplate, type TableDesign } from '@dbtooling/schema'
import { GUARD_ENTITY_TYPE } from '../../write/guards'
import { type IndexWriter, indexWritersOf } from '../plan/index-writers'

type Item = Readonly<Record<string, unknown>>

/** How one item type is keyed in the target design: base key, unique guards, index entries. */
export interface RekeyType {
  readonly entity: string
  readonly partition: CompiledKeyTemplate
  readonly sort: CompiledKeyTemplate
  readonly guards: ReadonlyArray<{ readonly attribute: string; readonly key: CompiledKeyTemplate }>
  readonly writers: readonly IndexWriter[]
  /**
   * Attributes an item of the type may hold. The move is conditioned on those it lacked still being absent,
   * so an application write that adds one between the read and the move is not lost.
   */
  readonly known: readonly string[]
}

/** What a re-key job moves: items of some types to the base keys the target design renders for them. */
export interface RekeySpec {
  readonly tableName: string
  readonly partitionKey: string
  readonly sortKey: string
  readonly entityTypeAttribute: string
  readonly guardEntityType: string
  readonly types: ReadonlyMap<string, RekeyType>
}

function entityKnown(design: TableDesign, name: string): string[] {
  const entity = design.entities[name]!
  const traits = entity.traits
  const names = new Set([...Object.keys(entity.attributes), ...entity.primaryKey])
  for (const relation of Object.values(entity.relations)) {
    if (relation.kind === 'belongsTo') names.add(relation.foreignKey)
    if (relation.kind === 'morphTo' && relation.morph) {
      names.add(relation.morph.typeAttribute)
      names.add(relation.morph.idAttribute)
    }
  }
  for (const extra of [
    traits.timestamps?.createdAt,
    traits.timestamps?.updatedAt,
    traits.softDeletes?.attribute,
    traits.ttl?.attribute,
    traits.versioning?.attribute,
  ])
    if (extra) names.add(extra)
  return [...names].sort()
}

/** The re-key spec of `types` (entity names or edge types) in the target design. Pure. */
export function rekeySpec(design: TableDesign, tableName: string, types: readonly string[]): RekeySpec {
  const compile = (template: string) => compileKeyTemplate(template, design.delimiter, design.delimiterPolicy)
  const writers = indexWritersOf(design)
  const out = new Map<string, RekeyType>()
  for (const type of types) {
    const entity = design.entities[type]
    const pivot = Object.values(design.pivots).find((edge) => edge.entityType === type)
    const keys = entity ?? pivot
    if (!keys) continue
    out.set(type, {
      entity: type,
      partition: compile(keys.partitionKey.template),
      sort: compile(keys.sortKey.template),
      guards: (entity?.uniqueGuards ?? []).map((guard) => ({
        attribute: guard.attribute,
        key: compile(guard.template),
      })),
      writers: writers.get(type) ?? [],
      known: entity
        ? entityKnown(design, type)
        : [
            ...new Set([...pivot!.partitionKey.fields, ...pivot!.sortKey.fields, ...pivot!.attributes]),
          ].sort(),
    })
  }
  return {
    tableName,
    partitionKey: design.partitionKey,
    sortKey: design.sortKey,
    entityTypeAttribute: design.entityTypeAttribute,
    guardEntityType: GUARD_ENTITY_TYPE,
    types: out,
  }
}

export function rekeyTypeOf(spec: RekeySpec, item: Item): RekeyType | null {
  const type = item[spec.entityTypeAttribute]
  return typeof type === 'string' ? (spec.types.get(type) ?? null) : null
}

/**
 * The base key the target design gives `item`: null when the job does not move its type, undefined when a
 * key field is missing on the item (it cannot be moved; verification counts it).
 */
export function targetKeyOf(
  spec: RekeySpec,
  item: Item,
): { partition: string; sort: string } | null | undefined {
  const type = rekeyTypeOf(spec, item)
  if (!type) return null
  try {
    return { partition: type.partition.render(item), sort: type.sort.render(item) }
  } catch {
    return undefined
  }
}

/** True when the item sits at its target key (or the job does not move its type): what verification counts. */
export function isAtTargetKey(spec: RekeySpec, item: Item): boolean {
  const key = targetKeyOf(spec, item)
  if (key === null) return true
  return key !== undefined && item[spec.partitionKey] === key.partition && item[spec.sortKey] === key.sort
}
