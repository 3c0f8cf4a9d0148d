import { SchemaError } from '../errors/schema-error'
import { compare } from '../model/compare'
import { entityPrefix } from '../model/naming'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import type { DeriveContext } from './context'

/** One many-to-many link between two models, stored as edge items in the owner's partition. */
export interface PivotPlan {
  /** Entity type of edge items, e.g. `UserRole` (or the pivot table name). */
  entityType: string
  owner: string
  other: string
  /** Edge attribute holding the owner's id (`userId`) and the other side's id (`roleId`). */
  ownerKey: string
  otherKey: string
  /**
   * Literal before the other side's id in edge keys: the other model's prefix, or for a self-referential
   * link (User <-> User) the relation name (`FRIENDS`), so edges never take the shape of base items.
   */
  otherLabel: string
  attributes: string[]
}

/**
 * Pairs up belongsToMany declarations. When both sides declare the link, the alphabetically first model
 * owns the edges (so the design does not depend on which file was read first) and its declaration wins.
 */
export function resolvePivots(context: DeriveContext): PivotPlan[] {
  const plans = new Map<string, PivotPlan>()
  for (const model of context.models.values()) {
    for (const relation of model.relations) {
      if (relation.kind !== 'belongsToMany' || relation.target === null) continue
      const pairKey = [model.name, relation.target].sort(compare).join('\u0000')
      const plan = planFor(context, model, relation)
      const existing = plans.get(pairKey)
      if (!existing || plan.owner === model.name) plans.set(pairKey, merge(existing, plan))
      else plans.set(pairKey, merge(plan, existing))
    }
  }
  const list = [...plans.values()].sort((a, b) => compare(a.entityType, b.entityType))
  checkEntityTypes(context, list)
  return list
}

function planFor(context: DeriveContext, model: NormalizedModel, relation: NormalizedRelation): PivotPlan {
  const target = relation.target ?? ''
  const reverse = context.models
    .get(target)
    ?.relations.some((candidate) => candidate.kind === 'belongsToMany' && candidate.target === model.name)
  const ownsEdges = !reverse || compare(model.name, target) <= 0
  const self = target === model.name
  const ownerKey = relation.foreignKey
  const declaredRelated = relation.relatedKey ?? `${target}Id`
  const otherKey = self && declaredRelated === ownerKey ? `related${target}Id` : declaredRelated
  return {
    entityType: relation.pivot?.table
      ? pascalName(relation.pivot.table)
      : ownsEdges
        ? model.name + target
        : target + model.name,
    owner: ownsEdges ? model.name : target,
    other: ownsEdges ? target : model.name,
    ownerKey: ownsEdges ? ownerKey : otherKey,
    otherKey: ownsEdges ? otherKey : ownerKey,
    otherLabel: self
      ? entityPrefix(relation.name)
      : (context.prefixes.get(ownsEdges ? target : model.name) ?? ''),
    attributes: relation.pivot?.attributes ?? [],
  }
}

/** The owner's declaration wins; pivot attributes declared on either side are all kept. */
function merge(weaker: PivotPlan | undefined, stronger: PivotPlan): PivotPlan {
  if (!weaker) return stronger
  const attributes = [...new Set([...stronger.attributes, ...weaker.attributes])].sort(compare)
  return { ...stronger, attributes }
}

/** `post_tags` -> `PostTags`, `taggable` -> `Taggable`: edge entity types from table or morph names. */
export function pascalName(table: string): string {
  return table
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

function checkEntityTypes(context: DeriveContext, plans: readonly PivotPlan[]): void {
  const seen = new Set<string>()
  for (const plan of plans) {
    if (context.models.has(plan.entityType) || seen.has(plan.entityType)) {
      const owner = context.models.get(plan.owner)
      throw new SchemaError('DUPLICATE_ENTITY', `pivot entity type '${plan.entityType}' is already used`, {
        model: plan.owner,
        source: owner?.source ?? null,
        key: 'belongsToMany',
        hint: 'set pivot.table to a name no model uses',
      })
    }
    seen.add(plan.entityType)
  }
}
