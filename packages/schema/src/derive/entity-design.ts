import type {
  AttributeDesign,
  EntityDesign,
  EntityIndexKeys,
  TraitsDesign,
  UniqueGuardDesign,
} from '../design/types'
import type { NormalizedModel } from '../model/normalized'
import type { TraitDefaults } from '../model/trait-defaults'
import { getItemAccess, queryAccess } from './access-builder'
import { slotKey } from './allocate-indexes'
import { type DeriveContext, prefixOf } from './context'
import type { IndexNeed } from './index-needs'
import { cardinalityOf, shardsOf } from './partition-classes'
import { type RelationInputs, relationDesigns } from './relation-designs'
import { keyDesign } from './template-tools'

/** The full design of one model. */
export function entityDesign(
  context: DeriveContext,
  model: NormalizedModel,
  needs: readonly IndexNeed[],
  inputs: RelationInputs,
): EntityDesign {
  const { delimiter, partitionKey, sortKey } = context.options
  const keys = inputs.baseKeys.get(model.name)!
  const parent = inputs.parents.get(model.name)
  return {
    name: model.name,
    prefix: prefixOf(context, model.name),
    primaryKey: [...model.primaryKey],
    partitionKey: keyDesign(partitionKey, keys.pk, delimiter),
    sortKey: keyDesign(sortKey, keys.sk, delimiter),
    indexKeys: indexKeys(context, model.name, needs, inputs),
    typeIndex: context.options.typeIndex && model.typeIndex,
    attributes: attributes(model),
    relations: relationDesigns(context, model, inputs),
    omittedRelations: omittedRelations(context, model.name),
    uniqueGuards: uniqueGuards(context, model),
    traits: traits(model, context.options.traitDefaults.idKind),
    source: relativeSource(model.source, context.options.sourceRoot),
    collectionParent: parent ? { entity: parent.parent, foreignKey: parent.foreignKey } : null,
    access: entityAccess(context, model, inputs),
  }
}

/** Index keys an entity (or edge type) writes, in slot order. */
export function indexKeys(
  context: DeriveContext,
  entity: string,
  needs: readonly IndexNeed[],
  inputs: RelationInputs,
): EntityIndexKeys[] {
  const { delimiter, partitionKey } = context.options
  const model = context.models.get(entity)
  return needs
    .filter((need) => need.entity === entity)
    .map((need) => {
      const slot = inputs.allocation.slots.get(slotKey(entity, need.id))!
      const pk = need.kind === 'local' ? (inputs.baseKeys.get(entity)?.pk ?? '') : need.partitionKey
      return {
        index: slot.index,
        accessPath: need.id,
        partitionKey: keyDesign(need.kind === 'local' ? partitionKey : slot.partitionKey, pk, delimiter),
        sortKey: keyDesign(slot.sortKey, need.sortKey, delimiter),
        sparse: need.sparse,
        reason: need.reason,
        holds: need.holds,
        excludeSoftDeleted: need.excludeSoftDeleted,
        cardinality: cardinalityOf(model, need),
        shards: shardsOf(context, model, need),
        ...(need.folded ? { foldedIndexes: [...need.folded].sort() } : {}),
        ...(need.blind ? { blindIndex: need.blind } : {}),
      }
    })
    .sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : 0))
}

function entityAccess(
  context: DeriveContext,
  model: NormalizedModel,
  inputs: RelationInputs,
): EntityDesign['access'] {
  const keys = inputs.baseKeys.get(model.name)!
  const byIdSlot = inputs.allocation.slots.get(slotKey(model.name, 'byId'))
  const byId = byIdSlot
    ? queryAccess(context, byIdSlot, ownTemplate(context, model), null, model.name, false)
    : getItemAccess(context, keys.pk, keys.sk, model.name, false)
  const typeSlot = inputs.allocation.slots.get(slotKey(model.name, 'type'))
  const list = typeSlot
    ? queryAccess(context, typeSlot, prefixOf(context, model.name), null, model.name, false)
    : null
  return { byId, list }
}

function ownTemplate(context: DeriveContext, model: NormalizedModel): string {
  return [prefixOf(context, model.name), ...model.primaryKey.map((field) => `{${field}}`)].join(
    context.options.delimiter,
  )
}

function omittedRelations(context: DeriveContext, entity: string): EntityDesign['omittedRelations'] {
  const out: EntityDesign['omittedRelations'] = {}
  for (const omitted of context.omitted.get(entity) ?? []) out[omitted.name] = { ...omitted }
  return out
}

function attributes(model: NormalizedModel): Record<string, AttributeDesign> {
  const out: Record<string, AttributeDesign> = {}
  // factory functions stay on the normalized model: the design is JSON
  for (const { factory: _factory, ...attribute } of model.attributes)
    out[attribute.name] = {
      ...attribute,
      validation: attribute.validation.map((rule) => ({ ...rule, args: [...rule.args] })),
    }
  return out
}

function uniqueGuards(context: DeriveContext, model: NormalizedModel): UniqueGuardDesign[] {
  const { delimiter, uniquePrefix } = context.options
  const soleKey = model.primaryKey.length === 1 ? model.primaryKey[0] : undefined
  return model.attributes
    .filter((attribute) => attribute.unique && attribute.name !== soleKey)
    .map((attribute) => ({
      attribute: attribute.name,
      template: [uniquePrefix, model.name, attribute.name, `{${attribute.name}}`].join(delimiter),
    }))
}

function traits(model: NormalizedModel, idKind: TraitDefaults['idKind']): TraitsDesign {
  const { timestamps, softDeletes, uuid, ttl, versioning, seeder } = model.traits
  const generates = uuid ?? (model.autoIncrement && model.primaryKey.length === 1 ? { kind: idKind } : null)
  return {
    timestamps: timestamps ? { ...timestamps } : null,
    softDeletes: softDeletes ? { ...softDeletes } : null,
    generatedId: generates ? { kind: generates.kind } : null,
    ttl: ttl ? { ...ttl } : null,
    versioning: versioning ? { ...versioning } : null,
    seeder: seeder ? { count: seeder.count } : null,
  }
}

/** `/app/models/User.ts` under root `/app` -> `models/User.ts`; other paths are kept as they are. */
function relativeSource(source: string | null, root: string | null): string | null {
  if (source === null || root === null) return source
  const normalized = source.replace(/\\/g, '/')
  const base = root.replace(/\\/g, '/').replace(/\/+$/, '')
  return normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : source
}
