import type { ModelMeta } from '../model/model-meta'
import { nowIn } from '../model/timestamps'
import type { ModelCtor } from '../write-ops/types'
import { defaultGenerators } from './default-definition'
import type { RegisteredFactory } from './define-factory'
import { UnknownFactoryStateError } from './errors'
import type { FactoryContext, FactoryDescription, FactoryState, Row } from './factory-types'
import type { Faker } from './load-faker'
import type { ParentPool } from './relation-links'
import { seededId } from './seeded-id'
import type { SeedSession } from './session'

type Context = FactoryContext<ModelCtor>

/** Everything one factory call needs to build rows, worked out once per call. */
export interface RowPlan {
  readonly description: FactoryDescription
  readonly meta: ModelMeta
  readonly session: SeedSession
  readonly faker: Faker
  readonly registered: RegisteredFactory | undefined
  readonly states: readonly FactoryState<ModelCtor>[]
  /** belongsTo/morphTo pointers filled from recycled models. */
  readonly pools: readonly ParentPool[]
}

function apply(state: FactoryState<ModelCtor>, context: Context, attributes: Row): void {
  const values = typeof state === 'function' ? state(context, attributes) : state
  Object.assign(attributes, values)
}

/** Named states looked up in the registered factory; inline ones kept. */
export function resolveStates(
  model: string,
  registered: RegisteredFactory | undefined,
  states: FactoryDescription['states'],
): FactoryState<ModelCtor>[] {
  return states.map((state) => {
    if (typeof state !== 'string') return state
    const found = registered?.states[state]
    if (found === undefined)
      throw new UnknownFactoryStateError(model, state, Object.keys(registered?.states ?? {}))
    return found
  })
}

/**
 * The attributes of row `index` (session position `sequence`), in order: definition (or default factory),
 * required attributes the definition left out, states, sequence step, recycled belongsTo keys, the parent's
 * row attributes, overrides. `attempt` > 0 draws from another stream (unique retries).
 */
export function rowAttributes(plan: RowPlan, index: number, sequence: number, attempt: number): Row {
  const { description, meta, session, faker } = plan
  const name = meta.name
  if (attempt === 0) session.random.at(session.seed, name, sequence)
  else session.random.at(session.seed, name, sequence, 'retry', attempt)
  const context: Context = { faker, sequence, index, model: description.model }
  const attributes: Row = {}
  const definition = plan.registered?.definition
  if (definition) Object.assign(attributes, definition(context))
  for (const generator of defaultGenerators(meta)) {
    if (definition && (!generator.required || attributes[generator.name] !== undefined)) continue
    attributes[generator.name] = generator.generate(faker, sequence)
  }
  for (const state of plan.states) apply(state, context, attributes)
  const steps = description.sequence
  if (steps.length > 0) apply(steps[index % steps.length]!, context, attributes)
  for (const pool of plan.pools) {
    if (attributes[pool.field] !== undefined || description.overrides[pool.field] !== undefined) continue
    const picked =
      pool.models[session.random.at(session.seed, name, sequence, pool.relation).int(pool.models.length)]
    if (picked) Object.assign(attributes, pool.assign(picked))
  }
  if (description.rowAttributes) Object.assign(attributes, description.rowAttributes(index))
  Object.assign(attributes, description.overrides)
  return attributes
}

/** Ids and timestamps from the seeded stream and the reference date, never from the clock or system randomness. */
export function fillManaged(plan: RowPlan, attributes: Row, sequence: number): void {
  const { meta, session } = plan
  const time = session.refDate.getTime() + sequence * 1000
  const id = meta.generatedId
  if (id && (attributes[id.attribute] === undefined || attributes[id.attribute] === '')) {
    attributes[id.attribute] = seededId(
      id.kind,
      session.random.at(session.seed, meta.name, sequence, 'id'),
      time,
    )
  }
  if (meta.timestamps) {
    attributes[meta.timestamps.createdAt] ??= nowIn(meta.timestamps.format, time)
    attributes[meta.timestamps.updatedAt] ??= nowIn(meta.timestamps.format, time)
  }
}
