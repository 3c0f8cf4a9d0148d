import {
  type CompiledKeyTemplate,
  compileKeyTemplate,
  type EntityDesign,
  type KeyDesign,
  parseTemplate,
  type TableDesign,
  type TemplatePart,
} from '@dbtooling/schema'
import { QueryError } from '../errors'

/** One key attribute of a table or index with the entity's compiled template for it. */
export interface KeyPart {
  readonly attribute: string
  readonly template: CompiledKeyTemplate
  readonly fields: readonly string[]
}

/** A place the entity's items can be queried: the table, or one GSI/LSI the entity writes keys on. */
export interface IndexCandidate {
  /** Index name for the request; null for the table itself. */
  readonly indexName: string | null
  /** `table`, `GSI1`, `LSI1`, ... */
  readonly label: string
  readonly kind: 'table' | 'gsi' | 'lsi'
  /** Model-level names that also select this candidate (`byStatus` from `indexes: [{ name: 'byStatus' }]`). */
  readonly aliases: readonly string[]
  readonly pk: KeyPart
  readonly sk: KeyPart
  readonly sparse: boolean
  readonly excludeSoftDeleted: boolean
  readonly holds: string
  readonly reason: string
  /** Write shards of the partition key (1 = unsharded): reads query every shard. */
  readonly shards: number
}

/** Another item type writing keys on the same table or index (for the entity-type guarantee). */
export interface KeyWriter {
  readonly entityType: string
  readonly pk: CompiledKeyTemplate
  readonly sk: CompiledKeyTemplate
  /** The templates split into literals and fields (for matching without exceptions). */
  readonly pkParts: readonly TemplatePart[]
  readonly skParts: readonly TemplatePart[]
}

/** Everything the compiler needs about one design, built once and cached by design identity. */
export interface DesignPlan {
  readonly design: TableDesign
  readonly candidates: ReadonlyMap<string, readonly IndexCandidate[]>
  /** Key writers per index label (`table`, `GSI1`, ...). */
  readonly writers: ReadonlyMap<string, readonly KeyWriter[]>
  readonly delimiter: string
}

const plans = new WeakMap<TableDesign, DesignPlan>()

/** The cached plan for a design; compiling templates happens once per design, not once per query. */
export function designPlan(design: TableDesign): DesignPlan {
  let plan = plans.get(design)
  if (!plan) {
    plan = buildPlan(design)
    plans.set(design, plan)
  }
  return plan
}

export function entityCandidates(plan: DesignPlan, entity: string): readonly IndexCandidate[] {
  const found = plan.candidates.get(entity)
  if (found) return found
  throw new QueryError('UNKNOWN_ENTITY', `the design has no entity '${entity}'`, {
    hint: `query one of: ${[...plan.candidates.keys()].join(', ')}`,
  })
}

function buildPlan(design: TableDesign): DesignPlan {
  const compile = (key: KeyDesign): KeyPart => ({
    attribute: key.attribute,
    template: compileKeyTemplate(key.template, design.delimiter, design.delimiterPolicy),
    fields: key.fields,
  })
  const candidates = new Map<string, IndexCandidate[]>()
  const writers = new Map<string, KeyWriter[]>()
  const addWriter = (label: string, writer: Omit<KeyWriter, 'skParts' | 'pkParts'>) => {
    const list = writers.get(label) ?? []
    const parts = (template: CompiledKeyTemplate) => parseTemplate(template.template, design.delimiter).parts
    list.push({ ...writer, pkParts: parts(writer.pk), skParts: parts(writer.sk) })
    writers.set(label, list)
  }
  const localNames = new Set(design.localIndexes.map((index) => index.name))
  for (const entity of Object.values(design.entities)) {
    const list = entityIndexCandidates(entity, compile, localNames)
    candidates.set(entity.name, list)
    for (const candidate of list) {
      addWriter(candidate.label, {
        entityType: entity.name,
        pk: candidate.shards > 1 ? shardWriterTemplate(candidate, design) : candidate.pk.template,
        sk: candidate.sk.template,
      })
    }
    for (const guard of entity.uniqueGuards) {
      const template = compileKeyTemplate(guard.template, design.delimiter, design.delimiterPolicy)
      addWriter('table', { entityType: `${entity.name}:unique`, pk: template, sk: template })
    }
  }
  for (const pivot of Object.values(design.pivots)) {
    addWriter('table', {
      entityType: pivot.entityType,
      pk: compile(pivot.partitionKey).template,
      sk: compile(pivot.sortKey).template,
    })
    addWriter(pivot.inverseIndex, {
      entityType: pivot.entityType,
      pk: compile(pivot.inversePartitionKey).template,
      sk: compile(pivot.inverseSortKey).template,
    })
  }
  return { design, candidates, writers, delimiter: design.delimiter }
}

/**
 * What a sharded entry writes, for the entity-type guarantee: `TASK#{$shard}` (the `$` keeps it apart
 * from model fields), so another entity's `TASK#{taskId}` partition is known to meet it.
 */
function shardWriterTemplate(candidate: IndexCandidate, design: TableDesign): CompiledKeyTemplate {
  const template = `${candidate.pk.template.template}${design.delimiter}{$shard}`
  return compileKeyTemplate(template, design.delimiter, design.delimiterPolicy)
}

function entityIndexCandidates(
  entity: EntityDesign,
  compile: (key: KeyDesign) => KeyPart,
  localNames: ReadonlySet<string>,
): IndexCandidate[] {
  const table: IndexCandidate = {
    indexName: null,
    label: 'table',
    kind: 'table',
    aliases: ['table', 'primary'],
    pk: compile(entity.partitionKey),
    sk: compile(entity.sortKey),
    sparse: false,
    excludeSoftDeleted: false,
    holds: `every ${entity.name}`,
    reason: 'primary key',
    shards: 1,
  }
  const indexes = entity.indexKeys.map((keys): IndexCandidate => {
    const named = /^(?:local )?index (\S+)$/.exec(keys.reason)
    const alias = named?.[1] ? [named[1]] : []
    return {
      indexName: keys.index,
      label: keys.index,
      kind: localNames.has(keys.index) ? 'lsi' : 'gsi',
      // declared indexes folded into this entry keep selecting it by name
      aliases: [...alias, ...(keys.foldedIndexes ?? [])],
      pk: compile(keys.partitionKey),
      sk: compile(keys.sortKey),
      sparse: keys.sparse,
      excludeSoftDeleted: keys.excludeSoftDeleted,
      holds: keys.holds,
      reason: keys.reason,
      shards: keys.shards?.count ?? 1,
    }
  })
  return [table, ...indexes]
}
