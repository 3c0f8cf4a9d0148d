import type { ModelMeta } from '../model/model-meta'
import type { Faker } from './load-faker'
import { type AttributeSpec, choicesOf, valueFromRules } from './rule-values'

/** How one attribute gets its value when no factory definition sets it. */
export interface AttributeGenerator {
  readonly name: string
  readonly required: boolean
  generate(faker: Faker, sequence: number): unknown
}

/** Attributes a factory never invents: keys and fields the ORM or the relations own. */
function ownedElsewhere(meta: ModelMeta): Set<string> {
  const owned = new Set<string>(meta.autoManaged)
  const design = meta.entity.design
  for (const relation of Object.values(design.relations)) {
    if (relation.kind === 'belongsTo') owned.add(relation.foreignKey)
    if (relation.kind === 'morphTo' && relation.morph)
      owned.add(relation.morph.typeAttribute).add(relation.morph.idAttribute)
  }
  if (meta.generatedId) owned.add(meta.generatedId.attribute)
  if (meta.ttl) owned.add(meta.ttl)
  return owned
}

const generators = new WeakMap<ModelMeta, readonly AttributeGenerator[]>()

/**
 * The model's default factory, attribute by attribute: the attribute's own `factory: (faker) => value`
 * (Stacks models carry one), else a value from its type and validation rules. Attributes with a plain
 * default and no rule to pick from are left to the default.
 */
export function defaultGenerators(meta: ModelMeta): readonly AttributeGenerator[] {
  const known = generators.get(meta)
  if (known) return known
  const owned = ownedElsewhere(meta)
  const declared = meta.entity.definition?.attributes ?? {}
  const list: AttributeGenerator[] = []
  for (const design of Object.values(meta.entity.design.attributes)) {
    if (owned.has(design.name)) continue
    const raw = declared[design.name]
    const own = raw?.factory
    if (typeof own === 'function') {
      const fn = own as unknown as (faker: Faker) => unknown
      list.push({ name: design.name, required: design.required, generate: (faker) => fn(faker) })
      continue
    }
    const choices = choicesOf(design.validation)
    if (raw?.default !== undefined && choices === null) continue
    const spec: AttributeSpec = { design, rawType: raw?.type, choices }
    list.push({
      name: design.name,
      required: design.required,
      generate: (faker, sequence) => valueFromRules(spec, faker, sequence),
    })
  }
  generators.set(meta, list)
  return list
}
