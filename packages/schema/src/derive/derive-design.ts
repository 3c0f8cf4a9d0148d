import { buildAccessPatterns } from '../access/build-access-patterns'
import type { EntityDesign, PivotDesign, TableDesign } from '../design/types'
import { SchemaError } from '../errors/schema-error'
import { compare } from '../model/compare'
import { type Allocation, allocateIndexes } from './allocate-indexes'
import { deriveBaseKeys } from './base-keys'
import { collectModels, type ModelInput } from './collect-models'
import { resolveCollectionParents } from './collection-parents'
import type { DeriveContext } from './context'
import { entityDesign } from './entity-design'
import { collectIndexNeeds } from './index-needs'
import { checkKeyConflicts } from './key-conflicts'
import { modelNoteWarnings } from './model-note-warnings'
import { morphPivotDesigns } from './morph-pivot-designs'
import { resolveMorphPivots } from './morph-pivots'
import { omitUnloadedRelations } from './omit-unloaded'
import { type DesignOptions, resolveDesignOptions } from './options'
import { concentrationWarnings } from './partition-classes'
import { pivotDesigns } from './pivot-designs'
import { resolvePivots } from './pivots'
import { markPrefixOverlaps } from './prefix-overlaps'
import { resolveRelationColumns } from './relation-columns'
import { resolveChildLinks, resolveMorphs } from './relation-links'
import { validateEncryptedKeys, validateEncryptionFlags } from './validate-encryption'
import { validateModels } from './validate-models'
import { designWarnings } from './warnings'

/**
 * Models in, single-table design out. Pure and deterministic: models are sorted by name first, so the same
 * set gives a byte-identical `JSON.stringify` whatever order it came in. Throws `SchemaError`.
 *
 * @example
 * ```ts
 * const design = deriveDesign([User, Team, Post], { tableName: 'app' })
 * console.log(design.entities.User?.partitionKey.template) // USER#{id}
 * ```
 */
export function deriveDesign(models: readonly ModelInput[], options: DesignOptions = {}): TableDesign {
  const resolved = resolveDesignOptions(options)
  const collected = collectModels(models, resolved)
  const loaded = omitUnloadedRelations(collected.models, resolved.strict)
  const context: DeriveContext = {
    options: resolved,
    models: resolveRelationColumns(loaded.models),
    prefixes: collected.prefixes,
    warnings: [...loaded.warnings, ...modelNoteWarnings(loaded.models)],
    omitted: loaded.omitted,
  }
  validateModels(context)
  validateEncryptionFlags(context)
  const parents = resolveCollectionParents(context)
  const baseKeys = deriveBaseKeys(context, parents)
  const pivotPlans = resolvePivots(context)
  const morphPivots = resolveMorphPivots(context, baseKeys, pivotPlans)
  checkKeyConflicts(context, baseKeys, pivotPlans, morphPivots.plans)
  const childLinks = resolveChildLinks(context, parents)
  const morphs = resolveMorphs(context, baseKeys)
  const needs = collectIndexNeeds(context, {
    baseKeys,
    parents,
    pivots: pivotPlans,
    morphPivots: morphPivots.plans,
    childLinks,
    morphs,
  })
  const allocation = allocateIndexes(context, needs)
  const pivots = pivotDesigns(context, pivotPlans, allocation)
  for (const [name, pivot] of morphPivotDesigns(context, morphPivots.plans, allocation))
    pivots.set(name, pivot)
  const inputs = { baseKeys, parents, pivots, pivotPlans, morphPivots, morphs, allocation }
  const entities: Record<string, EntityDesign> = {}
  for (const model of context.models.values())
    entities[model.name] = entityDesign(context, model, needs, inputs)
  for (const entity of Object.values(entities)) validateEncryptedKeys(context, entity)
  const pivotRecord: Record<string, PivotDesign> = {}
  for (const name of [...pivots.keys()].sort(compare)) pivotRecord[name] = pivots.get(name)!
  markPrefixOverlaps(entities, pivotRecord, resolved.delimiter)
  const withoutPatterns = tableDesign(context, allocation, entities, pivotRecord)
  const { patterns, warnings } = buildAccessPatterns(withoutPatterns)
  const design = { ...withoutPatterns, accessPatterns: patterns }
  design.warnings = [
    ...context.warnings,
    ...designWarnings(context, design, needs),
    ...concentrationWarnings(entities),
    ...warnings,
  ]
  return design
}

/** The table-level part of the design; access patterns and warnings are added once entities exist. */
function tableDesign(
  context: DeriveContext,
  allocation: Allocation,
  entities: Record<string, EntityDesign>,
  pivots: Record<string, PivotDesign>,
): TableDesign {
  const resolved = context.options
  return {
    formatVersion: 1,
    tableName: resolved.tableName,
    partitionKey: resolved.partitionKey,
    sortKey: resolved.sortKey,
    entityTypeAttribute: resolved.entityTypeAttribute,
    delimiter: resolved.delimiter,
    delimiterPolicy: resolved.delimiterPolicy,
    billing: structuredClone(resolved.billing),
    globalIndexes: allocation.globalIndexes,
    localIndexes: allocation.localIndexes,
    ttlAttribute: ttlAttribute(context),
    streams: resolved.streams ? { ...resolved.streams } : null,
    tableClass: resolved.tableClass,
    deletionProtection: resolved.deletionProtection,
    ...(resolved.pointInTimeRecovery ? { pointInTimeRecovery: true } : {}),
    contributorInsights: resolved.contributorInsights,
    tags: sortedRecord(resolved.tags),
    entities,
    pivots,
    accessPatterns: [],
    warnings: [],
  }
}

/** All TTL entities must agree on one attribute: DynamoDB allows one TTL attribute per table. */
function ttlAttribute(context: DeriveContext): string | null {
  let chosen = context.options.ttlAttribute
  let chosenBy = chosen === null ? null : 'options.ttlAttribute'
  for (const model of context.models.values()) {
    const attribute = model.traits.ttl?.attribute
    if (attribute === undefined) continue
    if (chosen !== null && chosen !== attribute) {
      throw new SchemaError(
        'INVALID_MODEL',
        `TTL attribute '${attribute}' differs from '${chosen}' (${chosenBy})`,
        {
          model: model.name,
          source: model.source,
          key: 'traits.useTtl',
          hint: 'a table has one TTL attribute; use the same name in every model',
        },
      )
    }
    chosen = attribute
    chosenBy = model.name
  }
  return chosen
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(record).sort()) out[key] = record[key] ?? ''
  return out
}
