import { SchemaError } from '../errors/schema-error'
import { compare } from '../model/compare'
import type { NormalizedModel, NormalizedRelation } from '../model/normalized'
import type { BaseKeys } from './base-keys'
import type { DeriveContext } from './context'
import { type PivotPlan, pascalName } from './pivots'
import { fieldsOf } from './template-tools'

/**
 * One polymorphic many-to-many link (`taggable`): edge items between the shared model (`Tag`) and every
 * model tagged through the morph (`Post`, `Video`). Edges live in the tagged model's partition
 * (`POST#42` / `TAG#7`) and carry its key prefix in the type attribute, so the inverse view
 * (`TAG#7` / `POST#42`) lists each tagged type under its own sort-key prefix.
 */
export interface MorphPivotPlan {
  /** Entity type of the edges: the pivot table's name, else the morph's (`Taggable`). */
  entityType: string
  morphName: string
  /** The shared (non-polymorphic) model, `Tag`. */
  related: string
  /** Edge attribute holding the shared model's id (`tagId`). */
  relatedKey: string
  typeAttribute: string
  idAttribute: string
  /** Tagged models, sorted. */
  targets: string[]
  attributes: string[]
}

export interface MorphPivots {
  plans: MorphPivotPlan[]
  /** The plan of each morphToMany/morphedByMany relation, by `model\u0000relation`. */
  byRelation: Map<string, MorphPivotPlan>
}

interface Declaration {
  model: NormalizedModel
  relation: NormalizedRelation
  /** The shared model (`Tag`) and the tagged one (`Post`). */
  shared: string
  tagged: string
}

interface ChosenMorph {
  name: string
  typeAttribute: string
  idAttribute: string
}

export function morphRelationKey(model: string, relation: string): string {
  return `${model}\u0000${relation}`
}

/**
 * Pairs up morphToMany and morphedByMany declarations by shared model and morph name. A side that names
 * no morph takes the one the other side declares, so `Tag: morphedByMany ['Post']` finds the `taggable`
 * edges of `Post: morphToMany [{ model: 'Tag', morphName: 'taggable' }]`.
 */
export function resolveMorphPivots(
  context: DeriveContext,
  baseKeys: ReadonlyMap<string, BaseKeys>,
  pivots: readonly PivotPlan[],
): MorphPivots {
  const declarations = collect(context)
  const groups = new Map<string, Array<{ declaration: Declaration; morph: ChosenMorph }>>()
  for (const declaration of declarations) {
    const morph = chooseMorph(declarations, declaration)
    const key = `${declaration.shared}\u0000${morph.name}`
    groups.set(key, [...(groups.get(key) ?? []), { declaration, morph }])
  }
  const plans: MorphPivotPlan[] = []
  const byRelation = new Map<string, MorphPivotPlan>()
  for (const group of groups.values()) {
    const plan = planFor(group)
    plans.push(plan)
    for (const { declaration } of group)
      byRelation.set(morphRelationKey(declaration.model.name, declaration.relation.name), plan)
  }
  plans.sort((a, b) => compare(a.entityType, b.entityType))
  for (const { declaration } of [...groups.values()].flat()) checkKeyable(context, baseKeys, declaration)
  checkEntityTypes(context, plans, pivots, declarations)
  return { plans, byRelation }
}

function collect(context: DeriveContext): Declaration[] {
  const out: Declaration[] = []
  for (const model of context.models.values()) {
    for (const relation of model.relations) {
      if (relation.target === null) continue
      if (relation.kind === 'morphToMany')
        out.push({ model, relation, shared: relation.target, tagged: model.name })
      if (relation.kind === 'morphedByMany')
        out.push({ model, relation, shared: model.name, tagged: relation.target })
    }
  }
  for (const declaration of out) {
    if (declaration.shared !== declaration.tagged) continue
    throw new SchemaError(
      'BAD_RELATION',
      `${declaration.relation.kind} '${declaration.relation.name}' links ${declaration.shared} to itself`,
      {
        model: declaration.model.name,
        source: declaration.model.source,
        key: declaration.relation.path,
        hint: 'use belongsToMany for links between items of one model',
      },
    )
  }
  return out
}

function ownMorph(relation: NormalizedRelation): ChosenMorph {
  const morph = relation.morph!
  return {
    name: relation.morphName ?? '',
    typeAttribute: morph.typeAttribute,
    idAttribute: morph.idAttribute,
  }
}

/** The declared morph, or when none was declared the one the other side names (if exactly one). */
function chooseMorph(declarations: readonly Declaration[], declaration: Declaration): ChosenMorph {
  if (!declaration.relation.morphInferred) return ownMorph(declaration.relation)
  const named = new Map<string, ChosenMorph>()
  for (const other of declarations) {
    if (other.relation.morphInferred || other.relation.kind === declaration.relation.kind) continue
    if (other.shared !== declaration.shared || other.tagged !== declaration.tagged) continue
    const morph = ownMorph(other.relation)
    named.set(morph.name, morph)
  }
  const [only] = named.values()
  return named.size === 1 && only ? only : ownMorph(declaration.relation)
}

/** The edge attribute holding the shared model's id, as the declaration sees it. */
function sharedKeyOf(relation: NormalizedRelation): string {
  return (relation.kind === 'morphToMany' ? relation.relatedKey : relation.foreignKey) ?? ''
}

function planFor(group: ReadonlyArray<{ declaration: Declaration; morph: ChosenMorph }>): MorphPivotPlan {
  const [first] = group
  if (!first) throw new Error('internal: empty morph group')
  const agree = (what: string, value: (entry: (typeof group)[number]) => string | null) => {
    const base = value(first)
    for (const entry of group) {
      const other = value(entry)
      if (other === base || other === null || base === null) continue
      throw disagreement(first.declaration, entry.declaration, first.morph.name, what, base, other)
    }
  }
  agree('type attribute', (entry) => entry.morph.typeAttribute)
  agree('id attribute', (entry) => entry.morph.idAttribute)
  agree(`${first.declaration.shared} key`, (entry) => sharedKeyOf(entry.declaration.relation))
  agree('pivot table', (entry) => entry.declaration.relation.pivot?.table ?? null)
  const table = group.map((entry) => entry.declaration.relation.pivot?.table).find((name) => name)
  const attributes = group.flatMap((entry) => entry.declaration.relation.pivot?.attributes ?? [])
  return {
    entityType: pascalName(table ?? first.morph.name),
    morphName: first.morph.name,
    related: first.declaration.shared,
    relatedKey: sharedKeyOf(first.declaration.relation),
    typeAttribute: first.morph.typeAttribute,
    idAttribute: first.morph.idAttribute,
    targets: [...new Set(group.map((entry) => entry.declaration.tagged))].sort(compare),
    attributes: [...new Set(attributes)].sort(compare),
  }
}

function disagreement(
  first: Declaration,
  other: Declaration,
  morph: string,
  what: string,
  a: string,
  b: string,
): SchemaError {
  return new SchemaError(
    'BAD_RELATION',
    `${first.model.name}.${first.relation.name} and ${other.model.name}.${other.relation.name} disagree on the '${morph}' edges' ${what} ('${a}' vs '${b}')`,
    {
      model: other.model.name,
      source: other.model.source,
      key: other.relation.path,
      hint: 'declare the same morphName, type, id, key and pivotTable on every side of the morph',
    },
  )
}

/** Related models are read by id from edge items, so both sides must be keyed by one id alone. */
function checkKeyable(
  context: DeriveContext,
  baseKeys: ReadonlyMap<string, BaseKeys>,
  declaration: Declaration,
): void {
  const { delimiter } = context.options
  for (const name of [declaration.shared, declaration.tagged]) {
    const model = context.models.get(name)
    const keys = baseKeys.get(name)
    if (!model || !keys) continue
    const fields = [...fieldsOf(keys.pk, delimiter), ...fieldsOf(keys.sk, delimiter)]
    if (model.primaryKey.length === 1 && fields.every((field) => field === model.primaryKey[0])) continue
    throw new SchemaError(
      'BAD_RELATION',
      `${declaration.relation.kind} '${declaration.relation.name}' needs '${name}' to be keyed by its id alone`,
      {
        model: declaration.model.name,
        source: declaration.model.source,
        key: declaration.relation.path,
        hint: `'${name}' has a composite key, custom keys or lives in a parent's collection; edges hold one id per side`,
      },
    )
  }
}

function checkEntityTypes(
  context: DeriveContext,
  plans: readonly MorphPivotPlan[],
  pivots: readonly PivotPlan[],
  declarations: readonly Declaration[],
): void {
  const taken = new Set<string>(pivots.map((pivot) => pivot.entityType))
  for (const plan of plans) {
    if (!context.models.has(plan.entityType) && !taken.has(plan.entityType)) {
      taken.add(plan.entityType)
      continue
    }
    const declaration = declarations.find((entry) => entry.shared === plan.related)
    throw new SchemaError('DUPLICATE_ENTITY', `morph edge entity type '${plan.entityType}' is already used`, {
      model: declaration?.model.name ?? plan.related,
      source: declaration?.model.source ?? null,
      key: declaration?.relation.path ?? 'morphToMany',
      hint: 'set pivotTable (on every side of the morph) to a name no model or pivot uses',
    })
  }
}
